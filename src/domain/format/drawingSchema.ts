import * as v from 'valibot';
import { DRAWING_COLOURS, MAX_PAD_SIZE_PX, MAX_POINTS_PER_STROKE, MAX_STROKE_WIDTH_PX, MAX_STROKES } from '../drawing/drawing';
import { idSchema, MAX_SESSION_TIME_MS } from './fieldSchemas';

/** The drawn intention as a file holds it, bounded so that no file can swell memory. */

const coordinatePx = v.pipe(v.number(), v.finite(), v.minValue(-MAX_PAD_SIZE_PX), v.maxValue(2 * MAX_PAD_SIZE_PX));
const timeMs = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_SESSION_TIME_MS));
const pressure = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1));

export const StrokePointSchema = v.strictTuple([coordinatePx, coordinatePx, timeMs, pressure]);

export const StrokeSchema = v.strictObject({
  id: idSchema,
  colour: v.picklist(DRAWING_COLOURS),
  widthPx: v.pipe(v.number(), v.finite(), v.minValue(0.5), v.maxValue(MAX_STROKE_WIDTH_PX)),
  points: v.pipe(v.array(StrokePointSchema), v.minLength(1), v.maxLength(MAX_POINTS_PER_STROKE)),
});

const padSizePx = v.pipe(v.number(), v.finite(), v.minValue(1), v.maxValue(MAX_PAD_SIZE_PX));

export const DrawingSchema = v.pipe(
  v.strictObject({
    widthPx: padSizePx,
    heightPx: padSizePx,
    strokes: v.pipe(v.array(StrokeSchema), v.maxLength(MAX_STROKES)),
  }),
  v.check((drawing) => new Set(drawing.strokes.map((stroke) => stroke.id)).size === drawing.strokes.length, 'two strokes share an id'),
);

/** The strokes a drawn element stands for. */
export const DrawnSchema = v.pipe(v.array(idSchema), v.minLength(1), v.maxLength(MAX_STROKES));
