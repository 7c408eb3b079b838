import type { Stroke } from './drawing';
import { boundsOf, type BoundsPx } from './geometry';

/** Where strokes land in a square thumbnail: scaled evenly to fit, centred, with a margin. */
export interface ThumbnailFit {
  readonly scale: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

/** The strokes' extent including their ink width. */
export function inkBounds(strokes: readonly Stroke[]): BoundsPx | null {
  const inner = boundsOf(strokes.flatMap((stroke) => stroke.points.map(([x, y]) => ({ x, y }))));
  if (!inner) return null;
  const half = Math.max(0, ...strokes.map((stroke) => stroke.widthPx)) / 2;
  return { minX: inner.minX - half, minY: inner.minY - half, maxX: inner.maxX + half, maxY: inner.maxY + half };
}

/** Fits the strokes into a sizePx square; a single dot is not blown up beyond its own size. */
export function thumbnailFit(strokes: readonly Stroke[], sizePx: number, marginPx = 2): ThumbnailFit | null {
  const bounds = inkBounds(strokes);
  if (!bounds) return null;
  const width = bounds.maxX - bounds.minX;
  const height = bounds.maxY - bounds.minY;
  const room = Math.max(1, sizePx - 2 * marginPx);
  const scale = Math.min(room / Math.max(width, height, 1), 4);
  return {
    scale,
    offsetX: (sizePx - width * scale) / 2 - bounds.minX * scale,
    offsetY: (sizePx - height * scale) / 2 - bounds.minY * scale,
  };
}

/** An SVG path of a stroke's centre line, placed by a fit; thumbnails need no pen shape. */
export function centreLinePath(stroke: Stroke, fit: ThumbnailFit): string {
  const at = (x: number, y: number) => `${round(x * fit.scale + fit.offsetX)} ${round(y * fit.scale + fit.offsetY)}`;
  const [first, ...rest] = stroke.points;
  if (!first) return '';
  // A single point still shows as a dot: a zero-length line with round caps.
  if (rest.length === 0) return `M${at(first[0], first[1])}L${at(first[0], first[1])}`;
  return `M${at(first[0], first[1])}${rest.map(([x, y]) => `L${at(x, y)}`).join('')}`;
}

const round = (value: number) => Math.round(value * 10) / 10;
