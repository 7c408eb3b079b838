import { describe, expect, it } from 'vitest';
import {
  addStroke,
  emptyDrawing,
  extendStroke,
  lastTimeMs,
  MAX_POINTS_PER_STROKE,
  nextStrokeId,
  type Stroke,
  strokesWithIds,
  withoutLastStroke,
} from './drawing';
import { centreLinePath, inkBounds, thumbnailFit } from './thumbnail';

const stroke = (id: string, points: Stroke['points'], widthPx = 4): Stroke => ({ id, colour: 'sage', widthPx, points });

describe('a drawing', () => {
  it('keeps strokes in the order drawn and undoes the last', () => {
    let drawing = emptyDrawing(400, 300);
    drawing = addStroke(drawing, stroke(nextStrokeId(drawing), [[1, 2, 0, 0.5]]));
    drawing = addStroke(drawing, stroke(nextStrokeId(drawing), [[3, 4, 100, 0.7]]));
    expect(drawing.strokes.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(lastTimeMs(drawing)).toBe(100);
    expect(withoutLastStroke(drawing).strokes.map((s) => s.id)).toEqual(['s1']);
  });

  it('never hands out an id again that a later stroke still holds', () => {
    const drawing = { ...emptyDrawing(10, 10), strokes: [stroke('s4', [[0, 0, 0, 0.5]]), stroke('s2', [[0, 0, 0, 0.5]])] };
    expect(nextStrokeId(drawing)).toBe('s5');
  });

  it('ignores an empty stroke and stops a stroke at its bound', () => {
    expect(addStroke(emptyDrawing(10, 10), stroke('s1', [])).strokes).toEqual([]);
    let long = stroke('s1', []);
    for (let i = 0; i < MAX_POINTS_PER_STROKE + 5; i += 1) long = extendStroke(long, [i, i, i, 0.5]);
    expect(long.points).toHaveLength(MAX_POINTS_PER_STROKE);
  });

  it('finds strokes by id in drawing order', () => {
    const drawing = { ...emptyDrawing(10, 10), strokes: [stroke('a', [[0, 0, 0, 0.5]]), stroke('b', [[0, 0, 0, 0.5]]), stroke('c', [[0, 0, 0, 0.5]])] };
    expect(strokesWithIds(drawing, ['c', 'a', 'x']).map((s) => s.id)).toEqual(['a', 'c']);
  });
});

describe('thumbnails', () => {
  const wide = stroke(
    's1',
    [
      [100, 100, 0, 0.5],
      [300, 150, 10, 0.5],
    ],
    10,
  );

  it('bounds the ink, not only the centre line', () => {
    expect(inkBounds([wide])).toEqual({ minX: 95, minY: 95, maxX: 305, maxY: 155 });
    expect(inkBounds([])).toBeNull();
  });

  it('fits the strokes centred in the square, keeping proportions', () => {
    const fit = thumbnailFit([wide], 24, 2)!;
    // 210 px wide into 20 px.
    expect(fit.scale).toBeCloseTo(20 / 210);
    const left = 95 * fit.scale + fit.offsetX;
    const top = 95 * fit.scale + fit.offsetY;
    const bottom = 155 * fit.scale + fit.offsetY;
    expect(left).toBeCloseTo(2);
    expect((top + bottom) / 2).toBeCloseTo(12);
  });

  it('does not blow a dot up to fill the square', () => {
    const fit = thumbnailFit([stroke('dot', [[5, 5, 0, 0.5]], 2)], 24)!;
    expect(fit.scale).toBe(4);
    expect(centreLinePath(stroke('dot', [[5, 5, 0, 0.5]], 2), fit)).toBe('M12 12L12 12');
  });

  it('draws the centre line through every point', () => {
    const fit = { scale: 0.5, offsetX: 1, offsetY: 2 };
    expect(centreLinePath(wide, fit)).toBe('M51 52L151 77');
  });
});
