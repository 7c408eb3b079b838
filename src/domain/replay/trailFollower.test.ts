import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureId } from '../model/ids';
import { createPose, type Pose } from '../model/pose';
import type { FigureTrack } from './recordingIndex';
import { MAX_TRAIL_POINTS, trailPoints } from './trail';
import { followTrail, newTrailFollower, type TrailSink } from './trailFollower';

/** A sink that keeps what it is told, as a buffer would, and counts its work. */
function arraySink() {
  const kept: { x: number; z: number }[] = [];
  let tip: { x: number; z: number } | null = null;
  const sink: TrailSink & { points(): { x: number; z: number }[]; clears: number; adds: number } = {
    clears: 0,
    adds: 0,
    clear() {
      kept.length = 0;
      tip = null;
      sink.clears += 1;
    },
    add(x, z) {
      kept.push({ x, z });
      sink.adds += 1;
    },
    tip(x, z) {
      tip = { x, z };
    },
    noTip() {
      tip = null;
    },
    points: () => (tip ? [...kept, tip] : [...kept]),
  };
  return sink;
}

const poseArb = fc.record({ x: fc.integer({ min: -3, max: 3 }), z: fc.integer({ min: -3, max: 3 }) }).map(({ x, z }): Pose => createPose(x / 2, z / 2, 0));

const trackArb = fc
  .array(fc.record({ t: fc.integer({ min: 0, max: 3000 }), pose: poseArb, joined: fc.boolean() }), { maxLength: 50 })
  .map((samples): FigureTrack => {
    const sorted = samples.sort((a, b) => a.t - b.t);
    return {
      id: figureId('a'),
      poses: { times: sorted.map((s) => s.t), values: sorted.map((s) => s.pose) },
      joined: sorted.map((s) => s.joined),
      looks: { times: [], values: [] },
      presence: { times: [], values: [] },
    };
  });

/** The playhead: small steps forward, seeks anywhere, and now and then another phase start. */
const movesArb = fc.array(
  fc.oneof(
    { weight: 5, arbitrary: fc.record({ step: fc.integer({ min: 0, max: 60 }) }) },
    { weight: 1, arbitrary: fc.record({ seek: fc.integer({ min: 0, max: 3100 }) }) },
    { weight: 1, arbitrary: fc.record({ phaseFrom: fc.integer({ min: 0, max: 3000 }) }) },
  ),
  { maxLength: 60 },
);

describe('a trail followed frame by frame', () => {
  it('shows the points trailPoints gives, for any sequence of playhead times and phase starts', () => {
    fc.assert(
      fc.property(trackArb, movesArb, (track, moves) => {
        expect(track.poses.times.length).toBeLessThan(MAX_TRAIL_POINTS - 2);
        const follower = newTrailFollower();
        const sink = arraySink();
        let t = 0;
        let fromT = 0;
        for (const move of moves) {
          if ('step' in move) t += move.step;
          else if ('seek' in move) t = move.seek;
          else fromT = move.phaseFrom;
          followTrail(follower, track, fromT, t, sink);
          expect(sink.points()).toEqual(trailPoints(track, fromT, t));
        }
      }),
    );
  });

  it('while playing forward adds each sample once and never starts again', () => {
    const times = Array.from({ length: 500 }, (_, i) => 100 + i * 20);
    const track: FigureTrack = {
      id: figureId('a'),
      poses: { times, values: times.map((t) => createPose(t / 10_000, 0, 0)) },
      joined: times.map((_, i) => i > 0),
      looks: { times: [], values: [] },
      presence: { times: [], values: [] },
    };
    const follower = newTrailFollower();
    const sink = arraySink();
    for (let t = 0; t <= 11_000; t += 7) followTrail(follower, track, 0, t, sink);
    expect(sink.clears).toBe(1);
    expect(sink.adds).toBe(500);
    // A step back builds it again from the phase's start.
    followTrail(follower, track, 0, 5000, sink);
    expect(sink.clears).toBe(2);
    expect(sink.points()).toEqual(trailPoints(track, 0, 5000));
  });
});
