import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/unit/renderWithProviders';
import { memoryPreferences } from '../../app/preferences';
import { type Services, ServicesContext } from '../../app/services';
import { counterIds } from '../../domain/model/ids';
import { createSession } from '../../domain/model/session';
import { epochMillis } from '../../domain/model/units';
import { createPlaybackController } from '../../domain/replay/playback';
import { createMemorySessionRepository } from '../../persistence/memorySessionRepository';
import { provideRoomCapture } from '../../scene/capture/captureSlot';
import { createResonansStore } from '../../store/createStore';
import { SaveVideoDialog } from './SaveVideoDialog';

/** A session recorded on a hand-moved clock: 60 s in the first phase, 40 s in the second, 20 s in the third. */
function replayedSession(board: 'room' | 'flat' = 'room') {
  let at = Date.UTC(2026, 10, 22, 10, 0);
  const now = () => epochMillis(at);
  const ids = counterIds('v');
  const store = createResonansStore({ ids, now });
  const session = createSession(
    { clientPseudonym: 'Kari', intention: 'Eg vil sove', template: 'iopt', elements: ['Eg'] },
    { client: 'Me', intention: 'Intention' },
    { ids, now },
  );
  store.getState().openSession(session);
  at += 60_000;
  store.getState().goToPhase(1);
  at += 40_000;
  store.getState().goToPhase(2);
  at += 20_000;
  store.getState().pauseRecording();
  store.getState().openReplay(0);
  store.getState().setBoard(board);
  const services: Services = { repository: createMemorySessionRepository(), ids, now, autosaveDelayMs: 0, preferences: memoryPreferences() };
  const playback = createPlaybackController({
    durationMs: store.getState().replay!.index.durationMs,
    driver: { request: () => 0, cancel: () => undefined },
    now: () => 0,
  });
  renderWithProviders(
    <ServicesContext.Provider value={services}>
      <SaveVideoDialog playback={playback} onClose={() => undefined} />
    </ServicesContext.Provider>,
    store,
  );
  return screen.getByRole('dialog', { name: 'Save a video of the replay' });
}

let withdraw: () => void = () => undefined;
afterEach(() => withdraw());

describe('SaveVideoDialog', () => {
  it('says how long the video of the whole session or of chosen phases will last', async () => {
    const dialog = replayedSession();
    // 120 s of session at 8x: 15 s of video.
    expect(dialog).toHaveTextContent('The video will last about 0:15.');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Speed' }), '2');
    expect(dialog).toHaveTextContent('The video will last about 1:00.');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Chosen phases' }));
    // The phase at the playhead is chosen first: the first phase, 60 s at 2x.
    expect(within(dialog).getByRole('checkbox', { name: 'The client sets the intention' })).toBeChecked();
    expect(dialog).toHaveTextContent('The video will last about 0:30.');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Wordless phase' }));
    expect(dialog).toHaveTextContent('The video will last about 0:40.');
  });

  it('asks for a phase when none is chosen, before making anything', async () => {
    withdraw = provideRoomCapture({ viewSize: () => ({ widthPx: 900, heightPx: 600 }), draw: () => [], hold: () => () => undefined });
    const dialog = replayedSession();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Chosen phases' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'The client sets the intention' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose at least one phase.');
    expect(within(dialog).queryByRole('progressbar')).toBeNull();
  });

  it('offers the 3D room or the view from above, but on the 2D board no view to choose', () => {
    const inRoom = replayedSession();
    expect(within(inRoom).getByRole('group', { name: 'View' })).toBeInTheDocument();
    cleanup();
    const onBoard = replayedSession('flat');
    expect(within(onBoard).queryByRole('group', { name: 'View' })).toBeNull();
    expect(within(onBoard).getByRole('combobox', { name: 'Speed' })).toBeInTheDocument();
  });
});
