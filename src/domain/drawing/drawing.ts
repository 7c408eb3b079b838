/**
 * The drawn intention: the client's strokes exactly as drawn, in order, each point with its time
 * and pressure, never a flattened picture. Points are in the pad's own space (CSS pixels from its
 * top-left corner), and the pad's size is kept with them, so the drawing can be shown at any
 * size later without losing its proportions.
 */

/** A calm set of inks; kept as names so files stay readable. */
export const DRAWING_COLOURS = ['charcoal', 'slate', 'sage', 'clay', 'ochre', 'plum'] as const;
export type DrawingColour = (typeof DRAWING_COLOURS)[number];

/** Pen widths in pixels of the pad's space. */
export const STROKE_WIDTHS_PX = [3, 6, 12] as const;

/** Bounds that keep a file small enough to read and a drawing quick to show. */
export const MAX_STROKES = 2000;
export const MAX_POINTS_PER_STROKE = 5000;
export const MAX_PAD_SIZE_PX = 10_000;
export const MAX_STROKE_WIDTH_PX = 100;

/** Pressure where the device gives none (mouse, most fingers): the middle, as Pointer Events report a pressed mouse. */
export const UNKNOWN_PRESSURE = 0.5;

/** One point: where (pixels), when (milliseconds since the drawing began) and how hard (0 to 1). */
export type StrokePoint = readonly [xPx: number, yPx: number, tMs: number, pressure: number];

export interface Stroke {
  /** Unique within its drawing; a drawn element names its strokes by these. */
  readonly id: string;
  readonly colour: DrawingColour;
  readonly widthPx: number;
  readonly points: readonly StrokePoint[];
}

export interface Drawing {
  /** The pad's size when the strokes were drawn, in CSS pixels. */
  readonly widthPx: number;
  readonly heightPx: number;
  /** In the order they were drawn. */
  readonly strokes: readonly Stroke[];
}

export function emptyDrawing(widthPx: number, heightPx: number): Drawing {
  return { widthPx, heightPx, strokes: [] };
}

/** The next stroke id: one more than any the drawing holds, so undo and redraw never reuse an id a figure may name. */
export function nextStrokeId(drawing: Drawing): string {
  const numbers = drawing.strokes.map((stroke) => Number(/^s(\d+)$/.exec(stroke.id)?.[1] ?? 0));
  return `s${Math.max(0, ...numbers) + 1}`;
}

/** Adds a finished stroke; a drawing that is full stays as it is. */
export function addStroke(drawing: Drawing, stroke: Stroke): Drawing {
  if (drawing.strokes.length >= MAX_STROKES || stroke.points.length === 0) return drawing;
  return { ...drawing, strokes: [...drawing.strokes, stroke] };
}

export function withoutLastStroke(drawing: Drawing): Drawing {
  return { ...drawing, strokes: drawing.strokes.slice(0, -1) };
}

/** Adds a point to a stroke being drawn; past the bound, the stroke ends where it is. */
export function extendStroke(stroke: Stroke, point: StrokePoint): Stroke {
  if (stroke.points.length >= MAX_POINTS_PER_STROKE) return stroke;
  return { ...stroke, points: [...stroke.points, point] };
}

/** The strokes with these ids, in drawing order. */
export function strokesWithIds(drawing: Drawing, ids: readonly string[]): Stroke[] {
  const wanted = new Set(ids);
  return drawing.strokes.filter((stroke) => wanted.has(stroke.id));
}

/** The time of the drawing's last point, so a pad opened again continues the drawing's clock. */
export function lastTimeMs(drawing: Drawing): number {
  const last = drawing.strokes[drawing.strokes.length - 1];
  return last?.points[last.points.length - 1]?.[2] ?? 0;
}

/** True when some point carries a pressure the device measured, so the look may follow it. */
export function hasMeasuredPressure(stroke: Stroke): boolean {
  return stroke.points.some((point) => point[3] !== UNKNOWN_PRESSURE);
}
