import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPose, facingDirection, facingToward, normaliseFacing, posesEqual } from './pose';
import { ROOM_HALF_SIZE } from './room';
import { degrees } from './units';

describe('normaliseFacing', () => {
  it.each([
    [0, 0],
    [90, 90],
    [359.5, 359.5],
    [360, 0],
    [720, 0],
    [450, 90],
    [-90, 270],
    [-360, 0],
    [-450, 270],
    [1e6, 1e6 % 360],
  ])('brings %d to %d', (input, expected) => {
    expect(normaliseFacing(input)).toBe(expected);
  });

  it('never returns -0', () => {
    expect(Object.is(normaliseFacing(-0), 0)).toBe(true);
    expect(Object.is(normaliseFacing(-360), 0)).toBe(true);
  });

  it('reads a tiny negative angle that rounds to 360 as 0', () => {
    // 360 - 1e-14 is 360 in floating point.
    expect(normaliseFacing(-1e-14)).toBe(0);
  });

  it.each([NaN, Infinity, -Infinity])('turns the non-finite %d into 0', (input) => {
    expect(normaliseFacing(input)).toBe(0);
  });

  it('is always in [0, 360) for any number', () => {
    fc.assert(
      fc.property(fc.double(), (angle) => {
        const result = normaliseFacing(angle);
        expect(result).toBeGreaterThanOrEqual(0);
        expect(result).toBeLessThan(360);
        expect(Object.is(result, -0)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps whole angles congruent modulo 360', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (angle) => {
        const result = normaliseFacing(angle);
        expect(Number.isInteger(result)).toBe(true);
        expect((((result - angle) % 360) + 360) % 360).toBe(0);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.double(), (angle) => {
        const once = normaliseFacing(angle);
        expect(normaliseFacing(once)).toBe(once);
      }),
    );
  });
});

describe('createPose', () => {
  it('keeps a point that is inside the room', () => {
    expect(createPose(1.25, -0.5, 45)).toEqual({ x: 1.25, z: -0.5, facing: 45, posture: 'standing' });
  });

  it('clamps each axis to the room', () => {
    const pose = createPose(5, -7, 0);
    expect(pose.x).toBe(ROOM_HALF_SIZE);
    expect(pose.z).toBe(-ROOM_HALF_SIZE);
    expect(createPose(-3.0001, 3.0001, 0)).toMatchObject({ x: -3, z: 3 });
  });

  it('puts non-finite coordinates at the centre', () => {
    expect(createPose(NaN, Infinity, 0)).toMatchObject({ x: 0, z: 0 });
    expect(createPose(-Infinity, NaN, 0)).toMatchObject({ x: 0, z: 0 });
  });

  it('normalises the facing and keeps the posture given', () => {
    expect(createPose(0, 0, -90, 'kneeling')).toEqual({ x: 0, z: 0, facing: 270, posture: 'kneeling' });
    expect(createPose(0, 0, 370, 'lying').facing).toBe(10);
  });

  it('always stands inside the room with a facing in [0, 360)', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), (x, z, facing) => {
        const pose = createPose(x, z, facing);
        expect(Math.abs(pose.x)).toBeLessThanOrEqual(ROOM_HALF_SIZE);
        expect(Math.abs(pose.z)).toBeLessThanOrEqual(ROOM_HALF_SIZE);
        expect(pose.facing).toBeGreaterThanOrEqual(0);
        expect(pose.facing).toBeLessThan(360);
      }),
    );
  });
});

describe('facingDirection', () => {
  it.each([
    [0, 0, -1],
    [90, 1, 0],
    [180, 0, 1],
    [270, -1, 0],
  ])('%d° looks along (%d, %d)', (facing, x, z) => {
    const direction = facingDirection(degrees(facing));
    expect(direction.x).toBeCloseTo(x, 12);
    expect(direction.z).toBeCloseTo(z, 12);
  });

  it('is a unit vector', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 360, maxExcluded: true, noNaN: true }), (facing) => {
        const { x, z } = facingDirection(degrees(facing));
        expect(Math.hypot(x, z)).toBeCloseTo(1, 12);
      }),
    );
  });
});

describe('facingToward', () => {
  const origin = { x: 0, z: 0 };

  it.each([
    [{ x: 0, z: -1 }, 0],
    [{ x: 2, z: 0 }, 90],
    [{ x: 0, z: 3 }, 180],
    [{ x: -1, z: 0 }, 270],
    [{ x: 1, z: -1 }, 45],
    [{ x: -1, z: -1 }, 315],
  ])('from the centre toward %o is %d°', (target, expected) => {
    expect(facingToward(origin, target)).toBeCloseTo(expected, 10);
  });

  it('works from any starting point, not only the centre', () => {
    expect(facingToward({ x: 1, z: 1 }, { x: 1, z: 2 })).toBeCloseTo(180, 10);
    expect(facingToward({ x: -2, z: 0.5 }, { x: 0, z: 0.5 })).toBeCloseTo(90, 10);
  });

  it('faces 0° toward its own point', () => {
    expect(facingToward({ x: 1.5, z: -2 }, { x: 1.5, z: -2 })).toBe(0);
  });

  it('inverts facingDirection', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 359 }), (facing) => {
        const direction = facingDirection(degrees(facing));
        const back = facingToward(origin, direction);
        const difference = Math.abs(back - facing);
        expect(Math.min(difference, 360 - difference)).toBeLessThan(1e-9);
      }),
    );
  });

  it('looks along the line to the target', () => {
    const point = fc.record({ x: fc.double({ min: -3, max: 3, noNaN: true }), z: fc.double({ min: -3, max: 3, noNaN: true }) });
    fc.assert(
      fc.property(point, point, (from, to) => {
        const dx = to.x - from.x;
        const dz = to.z - from.z;
        const length = Math.hypot(dx, dz);
        fc.pre(length > 1e-6);
        const direction = facingDirection(facingToward(from, to));
        expect(direction.x).toBeCloseTo(dx / length, 9);
        expect(direction.z).toBeCloseTo(dz / length, 9);
      }),
    );
  });
});

describe('posesEqual', () => {
  it('compares every field', () => {
    const pose = createPose(1, 2, 30, 'sitting');
    expect(posesEqual(pose, createPose(1, 2, 30, 'sitting'))).toBe(true);
    expect(posesEqual(pose, createPose(1.01, 2, 30, 'sitting'))).toBe(false);
    expect(posesEqual(pose, createPose(1, 2.01, 30, 'sitting'))).toBe(false);
    expect(posesEqual(pose, createPose(1, 2, 31, 'sitting'))).toBe(false);
    expect(posesEqual(pose, createPose(1, 2, 30, 'standing'))).toBe(false);
  });
});
