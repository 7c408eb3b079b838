import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facingDirection } from './pose';
import { BOARD_HALF_SIZE, ROOM_HALF_SIZE, isOnBoard } from './room';
import { freeSpot, startRowPositions } from './startRow';
import { degrees, metres } from './units';

function smallestGap(points: readonly { x: number; z: number }[]): number {
  let smallest = Infinity;
  points.forEach((a, i) => {
    points.slice(i + 1).forEach((b) => {
      smallest = Math.min(smallest, Math.hypot(a.x - b.x, a.z - b.z));
    });
  });
  return smallest;
}

describe('startRowPositions', () => {
  it('has no positions for no figures', () => {
    expect(startRowPositions(0)).toEqual([]);
    expect(startRowPositions(-3)).toEqual([]);
  });

  it('puts one figure in the middle of the front edge of the board', () => {
    const [only, ...rest] = startRowPositions(1);
    expect(rest).toEqual([]);
    expect(only?.x).toBe(0);
    expect(only?.z).toBeGreaterThan(0);
    expect(only?.z).toBeLessThan(BOARD_HALF_SIZE);
  });

  it('makes a row centred on the board, left to right', () => {
    const row = startRowPositions(4);
    const xs = row.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs.reduce((sum, x) => sum + x, 0)).toBeCloseTo(0, 9);
    expect(new Set(row.map((p) => p.z)).size).toBe(1);
  });

  it('gives exactly as many positions as figures', () => {
    for (let count = 1; count <= 100; count += 1) expect(startRowPositions(count)).toHaveLength(count);
  });

  it('keeps at least half a metre between any two figures for up to 21 figures', () => {
    for (let count = 2; count <= 21; count += 1) {
      expect(smallestGap(startRowPositions(count))).toBeGreaterThanOrEqual(0.5 - 1e-9);
    }
  });

  it('keeps the first row on the board for a typical session', () => {
    for (const position of startRowPositions(6)) expect(isOnBoard({ x: metres(position.x), z: metres(position.z) })).toBe(true);
  });

  it('keeps up to 100 figures inside the room, in at most three rows, all apart', () => {
    for (let count = 1; count <= 100; count += 1) {
      const positions = startRowPositions(count);
      for (const { x, z } of positions) {
        expect(Math.abs(x)).toBeLessThanOrEqual(ROOM_HALF_SIZE);
        expect(Math.abs(z)).toBeLessThanOrEqual(ROOM_HALF_SIZE);
      }
      expect(new Set(positions.map((p) => p.z)).size).toBeLessThanOrEqual(3);
      if (count > 1) expect(smallestGap(positions)).toBeGreaterThan(0.05);
    }
  });

  it('stands in front of the board centre, so that facing 0° looks into the board', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), (count) => {
        const look = facingDirection(degrees(0));
        for (const { x, z } of startRowPositions(count)) {
          // The direction toward the centre of the board and the direction looked in agree.
          expect(look.x * -x + look.z * -z).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('freeSpot', () => {
  it('takes the preferred spot in the front third of the board when the board is empty', () => {
    expect(freeSpot([])).toEqual({ x: 0, z: BOARD_HALF_SIZE / 2 });
  });

  it('keeps the minimum gap from every figure already there', () => {
    const taken = [
      { x: 0, z: 1 },
      { x: 0.25, z: 1 },
      { x: -0.25, z: 0.75 },
    ];
    const spot = freeSpot(taken);
    for (const t of taken) expect(Math.hypot(t.x - spot.x, t.z - spot.z)).toBeGreaterThanOrEqual(0.5);
    expect(isOnBoard({ x: metres(spot.x), z: metres(spot.z) })).toBe(true);
  });

  it('honours a larger gap', () => {
    const spot = freeSpot([{ x: 0, z: 1 }], 1.2);
    expect(Math.hypot(spot.x, spot.z - 1)).toBeGreaterThanOrEqual(1.2);
  });

  it('finds a spot on the board apart from any few figures', () => {
    const point = fc.record({ x: fc.double({ min: -3, max: 3, noNaN: true }), z: fc.double({ min: -3, max: 3, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 8 }), (taken) => {
        const spot = freeSpot(taken);
        expect(isOnBoard({ x: metres(spot.x), z: metres(spot.z) })).toBe(true);
        for (const t of taken) expect(Math.hypot(t.x - spot.x, t.z - spot.z)).toBeGreaterThanOrEqual(0.5);
      }),
    );
  });

  it('falls back to the preferred spot when the board is full', () => {
    const taken: { x: number; z: number }[] = [];
    for (let x = -2; x <= 2; x += 0.25) for (let z = -2; z <= 2; z += 0.25) taken.push({ x, z });
    expect(freeSpot(taken)).toEqual({ x: 0, z: BOARD_HALF_SIZE / 2 });
  });
});
