import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Drawing, Stroke, StrokePoint } from './drawing';
import type { PointPx } from './geometry';
import { applyGesture, readGesture, strokeAt, strokesInLoop, TAP_TOLERANCE_PX } from './selection';

const stroke = (id: string, points: readonly (readonly [number, number])[], widthPx = 4): Stroke => ({
  id,
  colour: 'charcoal',
  widthPx,
  points: points.map(([x, y], i): StrokePoint => [x, y, i * 16, 0.5]),
});
const drawing = (...strokes: Stroke[]): Drawing => ({ widthPx: 800, heightPx: 600, strokes });

/** A loop as a person draws it: a regular polygon of n corners round a centre, at any turn. */
function regularLoop(cx: number, cy: number, radius: number, corners: number, turn: number): PointPx[] {
  return Array.from({ length: corners }, (_, i) => {
    const angle = turn + (i * 2 * Math.PI) / corners;
    return { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) };
  });
}

const loopArbitrary = fc.record({
  cx: fc.double({ min: 100, max: 700, noNaN: true }),
  cy: fc.double({ min: 100, max: 500, noNaN: true }),
  radius: fc.double({ min: 20, max: 300, noNaN: true }),
  corners: fc.integer({ min: 5, max: 60 }),
  turn: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
});
/** Points given in polar form relative to the loop's centre, as shares of a radius. */
const polarPoints = fc.array(fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.double({ min: 0, max: 2 * Math.PI, noNaN: true })), {
  minLength: 1,
  maxLength: 40,
});

describe('loop selection', () => {
  it('chooses a stroke that lies wholly inside the loop', () => {
    fc.assert(
      fc.property(loopArbitrary, polarPoints, ({ cx, cy, radius, corners, turn }, polar) => {
        // The circle inscribed in a regular polygon lies wholly inside it.
        const inscribed = radius * Math.cos(Math.PI / corners);
        const inside = stroke(
          'in',
          polar.map(([share, angle]) => [cx + share * inscribed * Math.cos(angle), cy + share * inscribed * Math.sin(angle)]),
        );
        expect(strokesInLoop(drawing(inside), regularLoop(cx, cy, radius, corners, turn)).map((s) => s.id)).toEqual(['in']);
      }),
    );
  });

  it('leaves a stroke that lies wholly outside the loop', () => {
    fc.assert(
      fc.property(loopArbitrary, polarPoints, ({ cx, cy, radius, corners, turn }, polar) => {
        // The circle round the polygon's corners holds all of it; beyond it is outside.
        const outside = stroke(
          'out',
          polar.map(([share, angle]) => [cx + (radius * 1.001 + share * 200) * Math.cos(angle), cy + (radius * 1.001 + share * 200) * Math.sin(angle)]),
        );
        expect(strokesInLoop(drawing(outside), regularLoop(cx, cy, radius, corners, turn))).toEqual([]);
      }),
    );
  });

  it('takes a stroke mostly inside and keeps the drawing order', () => {
    const loop = regularLoop(400, 300, 100, 32, 0);
    const mostly = stroke('mostly', [
      [380, 300],
      [400, 300],
      [420, 300],
      [600, 300],
    ]);
    const barely = stroke('barely', [
      [390, 290],
      [600, 290],
      [650, 290],
    ]);
    const first = stroke('first', [[400, 320]]);
    expect(strokesInLoop(drawing(first, barely, mostly), loop).map((s) => s.id)).toEqual(['first', 'mostly']);
  });

  it('chooses nothing with fewer than three loop points', () => {
    expect(
      strokesInLoop(drawing(stroke('a', [[1, 1]])), [
        { x: 0, y: 0 },
        { x: 5, y: 5 },
      ]),
    ).toEqual([]);
  });
});

describe('tapping a stroke', () => {
  const line = stroke(
    'line',
    [
      [100, 100],
      [200, 100],
    ],
    8,
  );

  it('takes the stroke within the tolerance of its inked edge', () => {
    // The ink reaches 4 px from the centre line; the tolerance counts from there.
    expect(strokeAt(drawing(line), { x: 150, y: 100 + 4 + TAP_TOLERANCE_PX - 0.5 })?.id).toBe('line');
    expect(strokeAt(drawing(line), { x: 150, y: 100 + 4 + TAP_TOLERANCE_PX + 0.5 })).toBeNull();
  });

  it('measures past the ends of a stroke from its end point', () => {
    expect(strokeAt(drawing(line), { x: 200 + 4 + 10, y: 100 })?.id).toBe('line');
    expect(strokeAt(drawing(line), { x: 200 + 4 + 10, y: 100 + 10 })).toBeNull();
  });

  it('takes the nearest stroke, and the later one where two lie on each other', () => {
    const near = stroke(
      'near',
      [
        [100, 110],
        [200, 110],
      ],
      2,
    );
    expect(strokeAt(drawing(line, near), { x: 150, y: 113 })?.id).toBe('near');
    const again = stroke(
      'again',
      line.points.map(([x, y]) => [x, y]),
      8,
    );
    expect(strokeAt(drawing(line, again), { x: 150, y: 100 })?.id).toBe('again');
  });

  it('finds a single dot', () => {
    expect(strokeAt(drawing(stroke('dot', [[50, 50]], 6)), { x: 55, y: 55 })?.id).toBe('dot');
  });
});

describe('selecting gestures', () => {
  const a = stroke('a', [
    [100, 100],
    [120, 100],
  ]);
  const b = stroke('b', [
    [300, 300],
    [320, 300],
  ]);

  it('reads a short gesture as a tap where it began, a longer one as a loop', () => {
    expect(
      readGesture([
        { x: 10, y: 10 },
        { x: 13, y: 14 },
      ]),
    ).toEqual({ kind: 'tap', at: { x: 10, y: 10 } });
    expect(
      readGesture([
        { x: 10, y: 10 },
        { x: 30, y: 10 },
      ])?.kind,
    ).toBe('loop');
    expect(readGesture([])).toBeNull();
  });

  it('toggles the tapped stroke and adds what a loop encloses without doubling', () => {
    const chosen = applyGesture(drawing(a, b), [], { kind: 'tap', at: { x: 110, y: 101 } });
    expect(chosen).toEqual(['a']);
    expect(applyGesture(drawing(a, b), chosen, { kind: 'tap', at: { x: 110, y: 101 } })).toEqual([]);
    expect(applyGesture(drawing(a, b), chosen, { kind: 'loop', loop: regularLoop(200, 200, 200, 24, 0) })).toEqual(['a', 'b']);
    expect(applyGesture(drawing(a, b), chosen, { kind: 'tap', at: { x: 700, y: 500 } })).toEqual(['a']);
  });
});
