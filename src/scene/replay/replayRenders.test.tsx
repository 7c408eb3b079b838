import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import type { FigureId } from '../../domain/model/ids';
import { PlaybackContext } from '../../store/PlaybackContext';
import { StoreProvider } from '../../store/StoreContext';
import type { PerspectiveCamera } from 'three';
import { poseAt } from '../../domain/replay/stateAt';
import { FigureEyesCamera } from '../cameras/FigureEyesCamera';
import { FigureNode } from '../figure/FigureNode';
import { LabelAnchors } from '../labels/labelAnchors';
import { replayedSession, replaySteps } from '../../ui/replay/replayedSession';

describe('replay moves figures and views through the playhead, not through React', () => {
  it('re-renders no figure per step: only the one whose look changed, once', async () => {
    const { store, playback, walker, renamed, still } = replayedSession();
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
    for (const t of replaySteps()) {
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

  it("moves the view from a figure's eyes with the playhead, without re-rendering it per step", async () => {
    const { store, playback, walker } = replayedSession();
    let renders = 0;
    const renderer = await ReactThreeTestRenderer.create(
      <StoreProvider store={store}>
        <PlaybackContext.Provider value={playback}>
          <Profiler id="eyes" onRender={() => (renders += 1)}>
            <FigureEyesCamera id={walker} />
          </Profiler>
        </PlaybackContext.Provider>
      </StoreProvider>,
    );
    // Mounting makes the camera the room's own (a nested update); only what follows counts.
    renders = 0;
    const eyes = () => renderer.scene.findByType('PerspectiveCamera').instance as PerspectiveCamera;
    const track = store.getState().replay?.index.tracks.get(walker);
    for (const t of replaySteps()) {
      await ReactThreeTestRenderer.act(async () => {
        playback.seek(t);
        store.getState().showReplayTime(t, true);
      });
      if (t % 999 === 0) {
        await renderer.advanceFrames(1, 0.016);
        expect(eyes().position.x).toBeCloseTo(poseAt(track!, t)!.x, 6);
      }
    }
    await renderer.advanceFrames(1, 0.016);
    // Where the walker stands at the last step, its eyes stand too.
    expect(eyes().position.x).toBeCloseTo(poseAt(track!, playback.time())!.x, 6);
    expect(eyes().position.x).toBeGreaterThan(-0.1);
    expect(renders).toBe(0);
    await renderer.unmount();
  });
});
