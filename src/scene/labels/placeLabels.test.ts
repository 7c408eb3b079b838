import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LabelRequest, nearestPointOnRect, overlaps, placeLabels } from './placeLabels';

const screen = { width: 1024, height: 700 };

function label(key: string, x: number, y: number, width = 90, side: 'above' | 'below' = 'above'): LabelRequest {
  return { key, anchor: { x, y }, width, height: 20, side };
}

function rectOf(placement: ReturnType<typeof placeLabels>, key: string) {
  const found = placement.placed.find((placed) => placed.key === key);
  if (!found) throw new Error(`${key} was not placed`);
  return found;
}

describe('placeLabels', () => {
  it('puts a lone label centred above its anchor, or below it when asked', () => {
    const placement = placeLabels([label('me', 400, 300), label('mother', 600, 300, 80, 'below')], { ...screen, gapPx: 3 });
    expect(rectOf(placement, 'me')).toEqual({ key: 'me', rect: { x: 355, y: 277, width: 90, height: 20 }, offset: { x: 0, y: 0 } });
    expect(rectOf(placement, 'mother').rect).toEqual({ x: 560, y: 303, width: 80, height: 20 });
  });

  it('moves the later of two labels that would cover each other, and keeps the first at home', () => {
    const placement = placeLabels([label('Me', 400, 300), label('with', 420, 305)], screen);
    expect(rectOf(placement, 'Me').offset).toEqual({ x: 0, y: 0 });
    const moved = rectOf(placement, 'with');
    expect(moved.offset).not.toEqual({ x: 0, y: 0 });
    expect(overlaps(rectOf(placement, 'Me').rect, moved.rect, 3)).toBe(false);
  });

  it('sets ten labels on one spot apart, close to it', () => {
    const requests = Array.from({ length: 10 }, (_, index) => label(`figure ${index}`, 500, 350));
    const placement = placeLabels(requests, screen);
    expect(placement.unplaced).toEqual([]);
    for (const placed of placement.placed) expect(Math.hypot(placed.offset.x, placed.offset.y)).toBeLessThan(200);
  });

  it('keeps the place a label had before while it is free, rather than jumping', () => {
    const requests = [label('a', 400, 300), label('b', 400, 300)];
    const first = placeLabels(requests, screen);
    const previous = new Map([['b', { x: -200, y: 0 }]]);
    const second = placeLabels(requests, { ...screen, previous });
    expect(rectOf(second, 'b').offset).toEqual({ x: -200, y: 0 });
    expect(rectOf(first, 'b').offset).not.toEqual({ x: -200, y: 0 });
  });

  it('goes home again once home is free, whatever it had before', () => {
    const placement = placeLabels([label('a', 400, 300)], { ...screen, previous: new Map([['a', { x: 50, y: 40 }]]) });
    expect(rectOf(placement, 'a').offset).toEqual({ x: 0, y: 0 });
  });

  it('keeps labels off an obstacle, such as the knob a finger is about to grab', () => {
    const knob = { x: 380, y: 260, width: 52, height: 52 };
    const placement = placeLabels([label('betre', 400, 300)], { ...screen, obstacles: [knob] });
    const { rect, offset } = rectOf(placement, 'betre');
    expect(offset).not.toEqual({ x: 0, y: 0 });
    expect(overlaps(rect, knob)).toBe(false);
  });

  it('keeps a label at the edge of the screen inside it', () => {
    const placement = placeLabels([label('edge', 10, 5)], screen);
    const { rect } = rectOf(placement, 'edge');
    expect(rect.x).toBeGreaterThanOrEqual(0);
    expect(rect.y).toBeGreaterThanOrEqual(0);
  });

  it('leaves out a label whose figure is off screen, and one that finds no room', () => {
    const tiny = { width: 100, height: 30 };
    const placement = placeLabels([label('behind', -40, 300), label('first', 50, 25), label('second', 50, 25)], tiny);
    expect(placement.placed.map((placed) => placed.key)).toEqual(['first']);
    expect(placement.unplaced).toEqual(['behind', 'second']);
  });

  it('never lets two placed labels overlap, and keeps every one on screen', () => {
    const spec = fc.record({
      x: fc.double({ min: 0, max: screen.width, noNaN: true }),
      y: fc.double({ min: 0, max: screen.height, noNaN: true }),
      width: fc.integer({ min: 20, max: 180 }),
      side: fc.constantFrom<'above' | 'below'>('above', 'below'),
    });
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 30 }), (specs) => {
        const requests = specs.map((one, index) => label(`l${index}`, one.x, one.y, one.width, one.side));
        const placement = placeLabels(requests, { ...screen, gapPx: 2 });
        // Thirty labels of at most 180 × 20 px fit on this screen many times over.
        expect(placement.unplaced).toEqual([]);
        for (const [index, a] of placement.placed.entries()) {
          expect(a.rect.x).toBeGreaterThanOrEqual(0);
          expect(a.rect.y).toBeGreaterThanOrEqual(0);
          expect(a.rect.x + a.rect.width).toBeLessThanOrEqual(screen.width);
          expect(a.rect.y + a.rect.height).toBeLessThanOrEqual(screen.height);
          for (const b of placement.placed.slice(index + 1)) expect(overlaps(a.rect, b.rect)).toBe(false);
        }
      }),
    );
  });
});

describe('nearestPointOnRect', () => {
  it('meets a label at its nearest edge, or at the point itself when inside', () => {
    const rect = { x: 100, y: 100, width: 50, height: 20 };
    expect(nearestPointOnRect(rect, { x: 80, y: 110 })).toEqual({ x: 100, y: 110 });
    expect(nearestPointOnRect(rect, { x: 200, y: 200 })).toEqual({ x: 150, y: 120 });
    expect(nearestPointOnRect(rect, { x: 120, y: 105 })).toEqual({ x: 120, y: 105 });
  });
});
