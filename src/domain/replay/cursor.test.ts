import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureId } from '../model/ids';
import { createPose, type Pose } from '../model/pose';
import { indexAtCursor, newCursor, valueAtCursor } from './cursor';
import type { FigureTrack } from './recordingIndex';
import { poseAt, poseAtCursor } from './stateAt';
import { lastIndexAtOrBefore, valueAt } from './timeline';

/** Sorted times with repeats, as a recording has them (several events at one moment). */
const timesArb = fc.array(fc.integer({ min: 0, max: 2000 }), { maxLength: 60 }).map((times) => times.sort((a, b) => a - b));

/** A playhead: mostly small steps forward, now and then a seek anywhere (back or far ahead). */
const playheadArb = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: fc.record({ step: fc.integer({ min: 0, max: 40 }) }) },
    { weight: 1, arbitrary: fc.record({ seek: fc.integer({ min: -100, max: 2100 }) }) },
  ),
  { maxLength: 80 },
);

const playheadTimes = (moves: ({ step: number } | { seek: number })[]): number[] => {
  let t = 0;
  return moves.map((move) => (t = 'step' in move ? t + move.step : move.seek));
};

describe('a cursor over a list of times', () => {
  it('finds what a binary search finds, for any sequence of playhead times', () => {
    fc.assert(
      fc.property(timesArb, playheadArb, (times, moves) => {
        const cursor = newCursor();
        for (const t of playheadTimes(moves)) expect(indexAtCursor(times, t, cursor)).toBe(lastIndexAtOrBefore(times, t));
      }),
    );
  });

  it('gives the value in force as valueAt does', () => {
    fc.assert(
      fc.property(timesArb, playheadArb, (times, moves) => {
        const timeline = { times, values: times.map((t, i) => `${t}:${i}`) };
        const cursor = newCursor();
        for (const t of playheadTimes(moves)) expect(valueAtCursor(timeline, t, cursor)).toBe(valueAt(timeline, t));
      }),
    );
  });

  it('reads only the next entries when the playhead moves forward by a frame, however long the list', () => {
    const times = Array.from({ length: 100_000 }, (_, i) => i * 10);
    let reads = 0;
    const counted = new Proxy(times, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const cursor = newCursor();
    indexAtCursor(counted, 500_000, cursor);
    const perStep: number[] = [];
    for (let t = 500_004; t < 500_400; t += 4) {
      reads = 0;
      indexAtCursor(counted, t, cursor);
      perStep.push(reads);
    }
    expect(Math.max(...perStep)).toBeLessThanOrEqual(2);
    // A seek back searches: about log2(100 000) reads, still found right.
    reads = 0;
    expect(indexAtCursor(counted, 1234, cursor)).toBe(123);
    expect(reads).toBeGreaterThan(2);
    expect(reads).toBeLessThan(40);
  });
});

const poseArb = fc
  .record({ x: fc.integer({ min: -400, max: 400 }), z: fc.integer({ min: -400, max: 400 }), facing: fc.integer({ min: 0, max: 359 }) })
  .map(({ x, z, facing }) => createPose(x / 100, z / 100, facing));

const trackArb = fc
  .array(fc.record({ t: fc.integer({ min: 0, max: 2000 }), pose: poseArb, joined: fc.boolean() }), { minLength: 1, maxLength: 40 })
  .map((samples): FigureTrack => {
    const sorted = samples.sort((a, b) => a.t - b.t);
    return {
      id: figureId('a'),
      poses: { times: sorted.map((s) => s.t), values: sorted.map((s): Pose => s.pose) },
      joined: sorted.map((s) => s.joined),
      looks: { times: [], values: [] },
      presence: { times: [], values: [] },
    };
  });

describe('poseAtCursor', () => {
  it('gives the pose poseAt gives, gliding or still, for any sequence of playhead times', () => {
    fc.assert(
      fc.property(trackArb, playheadArb, (track, moves) => {
        const cursor = newCursor();
        for (const t of playheadTimes(moves)) expect(poseAtCursor(track, t, cursor)).toEqual(poseAt(track, t));
      }),
    );
  });
});
