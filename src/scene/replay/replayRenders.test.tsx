import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { counterIds, type FigureId } from '../../domain/model/ids';
import { createPose } from '../../domain/model/pose';
import { createSession } from '../../domain/model/session';
import { epochMillis, millis } from '../../domain/model/units';
import type { RecordedEvent } from '../../domain/recording/events';
import { createPlaybackController } from '../../domain/replay/playback';
import { createResonansStore } from '../../store/createStore';
import { PlaybackContext } from '../../store/PlaybackContext';
import { StoreProvider } from '../../store/StoreContext';
import { FigureNode } from '../figure/FigureNode';
import { LabelAnchors } from '../labels/labelAnchors';

const LAST_SAMPLE_MS = 6000;

/** A session whose first figure walks in many small samples, while the second only changes its name once. */
function replayed() {
  const store = createResonansStore({ ids: counterIds('added'), now: () => epochMillis(2000) });
  const session = createSession(
    { clientPseudonym: 'K', intention: 'Ro', template: 'iopt', elements: ['Ro', 'Mot'] },
    { client: 'Meg', intention: 'Intensjon' },
    { ids: counterIds('s'), now: () => epochMillis(1000), random: () => 0.5 },
  );
  store.getState().openSession(session, { readOnly: true });
  const [walker, renamed, still] = session.room.order as [FigureId, FigureId, FigureId];
  const events: RecordedEvent[] = [];
  for (let t = 100; t <= LAST_SAMPLE_MS; t += 50) {
    events.push({ type: 'pose', t: millis(t), figureId: walker, pose: createPose(-3 + t / 2000, 3.5, t / 40), joined: t > 100 });
  }
  const look = session.room.figures[renamed];
  if (!look) throw new Error('no figure');
  events.push({ type: 'figureChanged', t: millis(3000), figureId: renamed, appearance: { ...look, label: 'Mor' } });
  events.sort((a, b) => a.t - b.t);
  store.setState({ recording: { initialRoom: session.room, events } });
  store.getState().openReplay(0);
  return { store, walker, renamed, still };
}

describe('replay draws figures through the playhead, not through React', () => {
  it('re-renders no figure per step: only the one whose look changed, once', async () => {
    const { store, walker, renamed, still } = replayed();
    const playback = createPlaybackController({
      durationMs: LAST_SAMPLE_MS,
      driver: { request: () => 0, cancel: () => undefined },
      now: () => 0,
    });
    const renders = new Map<string, number>();
    const counted = (id: FigureId) => (
      <Profiler id={id} onRender={(profiled, phase) => phase !== 'mount' && renders.set(profiled, (renders.get(profiled) ?? 0) + 1)}>
        <FigureNode id={id} anchors={anchors} />
      </Profiler>
    );
    const anchors = new LabelAnchors();
    const renderer = await ReactThreeTestRenderer.create(
      <StoreProvider store={store}>
        <PlaybackContext.Provider value={playback}>
          {counted(walker)}
          {counted(renamed)}
          {counted(still)}
        </PlaybackContext.Provider>
      </StoreProvider>,
    );
    let steps = 0;
    for (let t = 0; t <= LAST_SAMPLE_MS; t += 37) {
      await ReactThreeTestRenderer.act(async () => {
        playback.seek(t);
        store.getState().showReplayTime(t, true);
      });
      steps += 1;
    }
    // The walker glided through every step, and the panels' state moved with it.
    expect(steps).toBeGreaterThan(150);
    expect(store.getState().replay?.state.room.figures[walker]?.pose.x).toBeGreaterThan(-0.1);
    expect(renders.get(walker) ?? 0).toBe(0);
    expect(renders.get(still) ?? 0).toBe(0);
    expect(renders.get(renamed)).toBe(1);
    await renderer.unmount();
  });
});
