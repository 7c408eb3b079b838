import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/unit/renderWithProviders';
import { counterIds, type FigureId } from '../../domain/model/ids';
import { createSession } from '../../domain/model/session';
import { epochMillis } from '../../domain/model/units';
import { createPlaybackController } from '../../domain/replay/playback';
import { createResonansStore } from '../../store/createStore';
import { PlaybackContext } from '../../store/PlaybackContext';
import { ReplayMarksList } from './ReplayMarksList';

/** A session recorded on a clock moved by hand, opened in replay with a playback controller that never runs by itself. */
function recordedReplay() {
  let wall = Date.UTC(2026, 10, 22, 10, 0);
  const ids = counterIds('m');
  const store = createResonansStore({ ids, now: () => epochMillis(wall) });
  const session = createSession(
    { clientPseudonym: 'Kari', intention: 'Eg vil sove betre', template: 'iopt', elements: ['Eg', 'vil', 'sove', 'betre'] },
    { client: 'Me', intention: 'Intention' },
    { ids, now: () => epochMillis(wall) },
  );
  store.getState().openSession(session);
  const s = () => store.getState();
  const betre = s().room.order[5] as FigureId;
  wall += 4_000;
  s().goToPhase(2);
  wall += 5_000;
  s().markExpression(betre, 'sound', 'a sigh');
  wall += 3_000;
  s().markArousal({ value: 8 });
  wall += 60_000;
  s().setNote(2, 'Quiet.');
  s().openReplay(0);
  const playback = createPlaybackController({ durationMs: s().replay!.index.durationMs, driver: { request: () => 0, cancel: () => {} }, now: () => 0 });
  playback.subscribe((t, playing) => s().showReplayTime(t, playing));
  return { store, playback };
}

describe('ReplayMarksList', () => {
  it('lists everything recorded with its time, and a line seeks the playback there', async () => {
    const { store, playback } = recordedReplay();
    renderWithProviders(
      <PlaybackContext.Provider value={playback}>
        <ReplayMarksList />
      </PlaybackContext.Provider>,
      store,
    );
    const list = screen.getByRole('list', { name: 'Everything recorded' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((line) => line.textContent),
    ).toEqual(['0:04Wordless phase', '0:09betre: Sound, “a sigh”', '0:12Arousal: 8 of 10 (Hyperarousal)', '1:12Note, Wordless phase: Quiet.']);
    const sigh = screen.getByRole('button', { name: /betre: Sound/ });
    expect(sigh).not.toHaveAttribute('aria-current');
    await userEvent.setup().click(sigh);
    expect(playback.time()).toBe(9_000);
    expect(store.getState().replay?.t).toBe(9_000);
    expect(sigh).toHaveAttribute('aria-current', 'true');
    // Later the line is still there, no longer the current one.
    act(() => playback.seek(70_000));
    expect(screen.getByRole('button', { name: /betre: Sound/ })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('button', { name: /Arousal: 8 of 10/ })).toHaveAttribute('aria-current', 'true');
  });

  it('names elements by their covert numbers in covert mode', () => {
    const { store, playback } = recordedReplay();
    act(() => store.getState().setCovert(true));
    renderWithProviders(
      <PlaybackContext.Provider value={playback}>
        <ReplayMarksList />
      </PlaybackContext.Provider>,
      store,
    );
    const sigh = screen.getByRole('button', { name: /Sound, “a sigh”/ });
    expect(sigh.textContent).toMatch(/^0:09Element [1-4]: Sound/);
    expect(sigh.textContent).not.toContain('betre');
  });
});
