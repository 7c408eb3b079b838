import ReactThreeTestRenderer from '@react-three/test-renderer';
import type { InterleavedBufferAttribute, Material, Object3D } from 'three';
import type { LineSegments2 } from 'three/examples/jsm/lines/LineSegments2.js';
import { describe, expect, it } from 'vitest';
import type { FigureId } from '../../domain/model/ids';
import { createPose } from '../../domain/model/pose';
import { millis } from '../../domain/model/units';
import type { RecordedEvent } from '../../domain/recording/events';
import { createPlaybackController } from '../../domain/replay/playback';
import { trailPoints } from '../../domain/replay/trail';
import { PlaybackContext } from '../../store/PlaybackContext';
import { StoreProvider } from '../../store/StoreContext';
import { readOnlyTestSession } from '../../ui/replay/replayedSession';
import { Trails } from './Trails';

const END_MS = 8000;
const PHASE_CHANGE_MS = 5000;

/** Two figures walk in small samples through two phases; the third stands still. */
function replayed() {
  const { store, session, replay } = readOnlyTestSession();
  const [first, second] = session.room.order as [FigureId, FigureId];
  const events: RecordedEvent[] = [];
  for (let t = 100; t <= END_MS; t += 40) {
    events.push({ type: 'pose', t: millis(t), figureId: first, pose: createPose(-3 + t / 3000, 1, 0), joined: t > 100 });
    events.push({ type: 'pose', t: millis(t + 10), figureId: second, pose: createPose(1, -3 + t / 4000, 0), joined: t > 100 });
  }
  events.push({ type: 'phase', t: millis(PHASE_CHANGE_MS), phase: 1 });
  replay(events);
  const index = store.getState().replay?.index;
  if (!index) throw new Error('no replay');
  return { store, index, session };
}

/** The points a line draws, read back from its segment buffer. */
function drawnPoints(line: LineSegments2): { x: number; z: number }[] {
  const segments = (line.geometry.attributes.instanceStart as InterleavedBufferAttribute).data.array as Float32Array;
  const count = line.geometry.instanceCount;
  if (count === 0) return [];
  const points = [{ x: segments[0] ?? NaN, z: segments[2] ?? NaN }];
  for (let i = 0; i < count; i += 1) points.push({ x: segments[i * 6 + 3] ?? NaN, z: segments[i * 6 + 5] ?? NaN });
  return points;
}

describe('Trails', () => {
  it('follows the playhead with the same lines and materials, drawing the points the recording gives', async () => {
    const { store, index, session } = replayed();
    const playback = createPlaybackController({ durationMs: index.durationMs, driver: { request: () => 0, cancel: () => undefined }, now: () => 0 });
    const renderer = await ReactThreeTestRenderer.create(
      <StoreProvider store={store}>
        <PlaybackContext.Provider value={playback}>
          <Trails />
        </PlaybackContext.Provider>
      </StoreProvider>,
    );
    const lineObjects = () => {
      const found: Object3D[] = [];
      renderer.scene.instance.traverse((object) => {
        if ((object as { isLineSegments2?: boolean }).isLineSegments2) found.push(object);
      });
      return found;
    };
    const firstLines = lineObjects();
    const materials = new Set<Material>();
    const check = async (t: number) => {
      playback.seek(t);
      await ReactThreeTestRenderer.act(async () => renderer.advanceFrames(1, 16));
      const phaseStart = t >= PHASE_CHANGE_MS ? PHASE_CHANGE_MS : 0;
      for (const id of session.room.order) {
        const track = index.tracks.get(id);
        const object = lineObjects()[index.order.indexOf(id)] as LineSegments2 | undefined;
        if (!object) throw new Error('no line');
        expect(firstLines).toContain(object);
        const expected = track ? trailPoints(track, phaseStart, t) : [];
        expect(drawnPoints(object)).toEqual(expected.length > 1 ? expected.map(({ x, z }) => ({ x: Math.fround(x), z: Math.fround(z) })) : []);
        // A line with nothing to draw is hidden, so it costs no draw call.
        expect(object.visible).toBe(expected.length > 1);
        materials.add(object.material);
      }
    };
    // Playing forward at about 4x, across the phase change, then a seek back.
    for (let t = 0; t <= END_MS; t += 61) await check(t);
    await check(6000);
    await check(2500);
    await check(END_MS);
    expect(lineObjects()).toEqual(firstLines);
    // One material per colour, the same ones all along: no shader is built while playing.
    const colours = new Set(session.room.order.map((id) => session.room.figures[id]?.colour));
    expect(materials.size).toBe(colours.size);
    await renderer.unmount();
  });

  it('draws nothing while the trails are hidden, and the whole trail when shown again', async () => {
    const { store, index } = replayed();
    const playback = createPlaybackController({ durationMs: index.durationMs, driver: { request: () => 0, cancel: () => undefined }, now: () => 0 });
    const renderer = await ReactThreeTestRenderer.create(
      <StoreProvider store={store}>
        <PlaybackContext.Provider value={playback}>
          <Trails />
        </PlaybackContext.Provider>
      </StoreProvider>,
    );
    await ReactThreeTestRenderer.act(async () => store.getState().setTrails(false));
    playback.seek(3000);
    await ReactThreeTestRenderer.act(async () => renderer.advanceFrames(1, 16));
    const group = renderer.scene.children[0];
    expect(group?.instance.visible).toBe(false);
    await ReactThreeTestRenderer.act(async () => store.getState().setTrails(true));
    await ReactThreeTestRenderer.act(async () => renderer.advanceFrames(1, 16));
    expect(group?.instance.visible).toBe(true);
    const walker = group?.instance.children[0] as unknown as { geometry: { instanceCount: number } };
    const track = index.tracks.get(index.order[0] as FigureId);
    expect(track && walker.geometry.instanceCount).toBe(track && trailPoints(track, 0, 3000).length - 1);
    expect(walker.geometry.instanceCount).toBeGreaterThan(50);
    await renderer.unmount();
  });
});
