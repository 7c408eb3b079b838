import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLIENT_START, MIN_SPACING_METRES, PLACEMENT_MARGIN_METRES, freeSpot, isInsidePlacementArea, startPositions } from './placement';
import { facingDirection } from './pose';
import { BOARD_HALF_SIZE, ROOM_HALF_SIZE } from './room';
import { degrees } from './units';

type Point = { x: number; z: number };

const gap = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.z - b.z);
const nearest = (point: Point, others: readonly Point[]) => Math.min(...others.map((other) => gap(point, other)));
const insideBoard = (point: Point) =>
  Math.abs(point.x) <= BOARD_HALF_SIZE - PLACEMENT_MARGIN_METRES + 1e-9 && Math.abs(point.z) <= BOARD_HALF_SIZE - PLACEMENT_MARGIN_METRES + 1e-9;
/** A spot is free when some point of the board, on a 5 cm grid, keeps the spacing from everyone. */
function boardHasRoom(taken: readonly Point[]): boolean {
  const limit = BOARD_HALF_SIZE - PLACEMENT_MARGIN_METRES;
  for (let x = -limit; x <= limit + 1e-9; x += 0.05) {
    for (let z = -limit; z <= limit + 1e-9; z += 0.05) {
      if (taken.every((other) => gap({ x, z }, other) >= MIN_SPACING_METRES)) return true;
    }
  }
  return false;
}

const floorPoint = fc.record({
  x: fc.double({ min: -ROOM_HALF_SIZE, max: ROOM_HALF_SIZE, noNaN: true }),
  z: fc.double({ min: -ROOM_HALF_SIZE, max: ROOM_HALF_SIZE, noNaN: true }),
});
const client = fc.record({
  x: fc.double({ min: -BOARD_HALF_SIZE, max: BOARD_HALF_SIZE, noNaN: true }),
  z: fc.double({ min: -BOARD_HALF_SIZE, max: BOARD_HALF_SIZE, noNaN: true }),
  facing: fc.double({ min: 0, max: 359, noNaN: true }),
});

describe('startPositions', () => {
  it('puts the client first, at the front of the board', () => {
    expect(startPositions(1)).toEqual([{ x: CLIENT_START.x, z: CLIENT_START.z }]);
    expect(startPositions(0)).toEqual([]);
  });

  it('places up to 31 figures on the board, each at least the spacing from every other', () => {
    for (let count = 1; count <= 31; count += 1) {
      const positions = startPositions(count);
      expect(positions).toHaveLength(count);
      positions.forEach((point, index) => {
        expect(insideBoard(point), `figure ${index} of ${count} at ${point.x}, ${point.z}`).toBe(true);
        if (index > 0) expect(nearest(point, positions.slice(0, index))).toBeGreaterThanOrEqual(MIN_SPACING_METRES - 1e-9);
      });
    }
  });

  it('stands eight words and the intention in front of the client, left to right in their order on each arc', () => {
    const [me, ...others] = startPositions(10);
    if (!me) throw new Error('no client');
    for (const point of others) expect(point.z).toBeLessThan(me.z);
    const firstArc = others.filter((point) => Math.abs(gap(point, me) - gap(others[0] ?? me, me)) < 0.02);
    expect(firstArc.length).toBeGreaterThan(2);
    for (let i = 1; i < firstArc.length; i += 1) expect(firstArc[i]?.x).toBeGreaterThan(firstArc[i - 1]?.x ?? Infinity);
  });

  it('centres a part-filled arc on the client', () => {
    const [me, ...others] = startPositions(4);
    const meanX = others.reduce((sum, point) => sum + point.x, 0) / others.length;
    expect(meanX).toBeCloseTo(me?.x ?? NaN, 2);
  });

  it('sits on the centimetre grid that keyboard steps use', () => {
    for (const point of startPositions(20)) {
      expect(Math.round(point.x * 100) / 100).toBe(point.x);
      expect(Math.round(point.z * 100) / 100).toBe(point.z);
    }
  });
});

describe('freeSpot', () => {
  it('is always on the board, and keeps the spacing from everyone while the board has room', () => {
    fc.assert(
      fc.property(fc.array(floorPoint, { maxLength: 12 }), client, fc.integer({ min: 1, max: 30 }), (scattered, centre, adding) => {
        // Figures scattered anywhere, then figure after figure added around the client.
        const taken: Point[] = [centre, ...scattered];
        for (let i = 0; i < adding; i += 1) {
          const spot = freeSpot(taken, centre);
          expect(insideBoard(spot)).toBe(true);
          expect(isInsidePlacementArea(spot)).toBe(true);
          // Closer than the spacing only when no spot of the board keeps it.
          if (nearest(spot, taken) < MIN_SPACING_METRES - 1e-9) expect(boardHasRoom(taken)).toBe(false);
          taken.push(spot);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.array(floorPoint, { maxLength: 20 }), client, (taken, centre) => {
        expect(freeSpot(taken, centre)).toEqual(freeSpot([...taken], { ...centre }));
      }),
      { numRuns: 40 },
    );
  });

  it('adds figure after figure to a new session up to 30, never off the board or on another', () => {
    for (const words of [0, 4, 8]) {
      const taken: Point[] = startPositions(words + 2);
      while (taken.length < 30) {
        const spot = freeSpot(taken);
        expect(insideBoard(spot)).toBe(true);
        expect(nearest(spot, taken)).toBeGreaterThanOrEqual(MIN_SPACING_METRES - 1e-9);
        taken.push(spot);
      }
    }
  });

  it('lands in front of the client, wherever the client stands, when the client looks into the board', () => {
    // A client close to a corner and looking into it has no board in front within reach: the
    // board's edge comes first (another test), and such a figure may stand beside or behind.
    fc.assert(
      fc.property(
        fc.record({ x: fc.double({ min: -1, max: 1, noNaN: true }), z: fc.double({ min: -1, max: 1, noNaN: true }), facing: fc.integer({ min: 0, max: 359 }) }),
        (centre) => {
          const look = facingDirection(degrees(centre.facing));
          fc.pre(-centre.x * look.x - centre.z * look.z >= 0);
          const spot = freeSpot([centre], centre);
          expect((spot.x - centre.x) * look.x + (spot.z - centre.z) * look.z).toBeGreaterThan(0);
          // The nearest arc is little more than a metre away: close enough to read as the client's own.
          expect(gap(spot, centre)).toBeLessThan(1.3);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('finds the roomiest spot when the arcs are full', () => {
    // A board crowded at 0.5 m leaves no spot 0.55 m from everyone; the new figure goes where there is most room.
    const taken: Point[] = [];
    for (let x = -1.75; x <= 1.75 + 1e-9; x += 0.5) for (let z = -1.75; z <= 1.75 + 1e-9; z += 0.5) taken.push({ x, z });
    const spot = freeSpot(taken);
    expect(insideBoard(spot)).toBe(true);
    expect(nearest(spot, taken)).toBeCloseTo(Math.hypot(0.25, 0.25), 2);
  });
});
