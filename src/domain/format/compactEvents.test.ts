import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { figureId } from '../model/ids';
import { POSTURES } from '../model/pose';
import { degrees, metres, millis } from '../model/units';
import { MOVERS, type RecordedEvent } from '../recording/events';
import { type CompactEvents, decodeEvents, encodeEvents, isCompactEvents } from './compactEvents';

const poseEvent = fc
  .record({
    t: fc.double({ min: 0, max: 1e7, noNaN: true }),
    figure: fc.constantFrom('me', 'f-1', 'f-2', 'a:b.c_d'),
    x: fc.double({ min: -3, max: 3, noNaN: true }),
    z: fc.double({ min: -3, max: 3, noNaN: true }),
    facing: fc.double({ min: 0, max: 360, noNaN: true }),
    posture: fc.constantFrom(...POSTURES),
    joined: fc.boolean(),
    movedBy: fc.option(fc.constantFrom(...MOVERS), { nil: undefined }),
    guest: fc.boolean(),
  })
  .map((p): RecordedEvent => ({
    type: 'pose',
    t: millis(p.t),
    figureId: figureId(p.figure),
    pose: { x: metres(p.x), z: metres(p.z), facing: degrees(p.facing), posture: p.posture },
    joined: p.joined,
    ...(p.movedBy ? { movedBy: p.movedBy } : {}),
    ...(p.guest ? { by: 'guest' as const } : {}),
  }));

const otherEvent = fc.oneof(
  fc.integer({ min: 0, max: 6 }).map((phase): RecordedEvent => ({ type: 'phase', t: millis(phase * 10), phase })),
  fc.string().map((text): RecordedEvent => ({ type: 'note', t: millis(5), phase: 0, text })),
  fc.constant<RecordedEvent>({ type: 'paused', t: millis(7) }),
);

const events = fc.array(fc.oneof({ arbitrary: poseEvent, weight: 4 }, { arbitrary: otherEvent, weight: 1 }), { maxLength: 60 });

const pose = (t: number, x = 0): RecordedEvent => ({
  type: 'pose',
  t: millis(t),
  figureId: figureId('me'),
  pose: { x: metres(x), z: metres(0), facing: degrees(90), posture: 'standing' },
  joined: false,
});

const decoded = (compact: CompactEvents) => {
  const result = decodeEvents(compact);
  if (!result.ok) throw new Error(result.problem);
  return result.events;
};

describe('recorded events as columns', () => {
  test.prop([events])('decode to exactly the events that were encoded, every number and flag, in their order', (original) => {
    const compact = encodeEvents(original);
    expect(isCompactEvents(compact)).toBe(true);
    expect(decoded(compact)).toStrictEqual(original);
  });

  test.prop([events])('survive the structured clone IndexedDB stores them with', (original) => {
    expect(decoded(structuredClone(encodeEvents(original)))).toStrictEqual(original);
  });

  it('keep each figure id once, and the events that are not poses whole and in place', () => {
    const run = [pose(0), { type: 'phase', t: millis(1), phase: 2 } as const, pose(2, 1), pose(3, 2)];
    const compact = encodeEvents(run);
    expect(compact.figureIds).toEqual(['me']);
    expect(compact.poseT).toHaveLength(3);
    expect(compact.others).toEqual([run[1]]);
    expect([...compact.otherAt]).toEqual([1]);
  });

  it('keep a pose the columns cannot hold (a field they do not know) as it is, for the full check to judge', () => {
    const odd = { ...pose(1), extra: 'x' } as unknown as RecordedEvent;
    const compact = encodeEvents([pose(0), odd]);
    expect(compact.others).toEqual([odd]);
    expect(decoded(compact)[1]).toBe(odd);
  });

  it('are refused with the place and the reason when a stored number is not a pose', () => {
    const broken = (change: (compact: CompactEvents) => void) => {
      const compact = encodeEvents([pose(0), pose(100, 1), pose(200, 2)]);
      change(compact);
      const result = decodeEvents(compact);
      return result.ok ? 'accepted' : result.problem;
    };
    expect(broken((c) => (c.poseX[1] = Number.NaN))).toBe('stored pose 1: it stands off the floor at NaN, 0');
    expect(broken((c) => (c.poseZ[2] = 4))).toBe('stored pose 2: it stands off the floor at 2, 4');
    expect(broken((c) => (c.poseT[0] = -1))).toBe('stored pose 0: its time is -1');
    expect(broken((c) => (c.poseFacing[0] = 400))).toBe('stored pose 0: its facing is 400');
    expect(broken((c) => (c.poseFigure[1] = 5))).toBe('stored pose 1: it names no known figure');
    expect(broken((c) => (c.poseFlags[1] = 64))).toBe('stored pose 1: its flags 64 are not known');
    expect(broken((c) => ((c.figureIds as string[])[0] = '__proto__'))).toMatch(/not one: __proto__/);
    expect(broken((c) => Object.assign(c, { length: 4 }))).toBe('the stored events do not add up');
    expect(broken((c) => Object.assign(c, { poseX: new Float64Array(2) }))).toBe('the stored pose columns differ in length');
  });
});
