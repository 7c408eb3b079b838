import type { Drawing, Stroke } from './drawing';
import { boundsOf, distanceToSegmentPx, isInsidePolygon, pathLengthPx, type PointPx } from './geometry';

/** How far from a stroke's edge a tap still takes it: about a fingertip's margin. */
export const TAP_TOLERANCE_PX = 12;

/** A selecting gesture shorter than this is a tap, longer a loop. */
export const TAP_MAX_TRAVEL_PX = 10;

/** A stroke counts as inside a loop when at least this share of its points lies inside. */
export const LOOP_SHARE = 0.5;

const pointOf = (point: Stroke['points'][number]): PointPx => ({ x: point[0], y: point[1] });

/** How far the tap lies from the stroke's inked edge (0 when on the ink). */
export function distanceToStrokePx(stroke: Stroke, tap: PointPx): number {
  const points = stroke.points.map(pointOf);
  const first = points[0];
  if (!first) return Number.POSITIVE_INFINITY;
  let nearest = Math.hypot(tap.x - first.x, tap.y - first.y);
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b) nearest = Math.min(nearest, distanceToSegmentPx(tap, a, b));
  }
  return Math.max(0, nearest - stroke.widthPx / 2);
}

/** The stroke a tap lands on: the nearest within the tolerance, the later one on a tie (it lies on top). */
export function strokeAt(drawing: Drawing, tap: PointPx, tolerancePx = TAP_TOLERANCE_PX): Stroke | null {
  let found: Stroke | null = null;
  let best = Number.POSITIVE_INFINITY;
  for (const stroke of drawing.strokes) {
    const distance = distanceToStrokePx(stroke, tap);
    if (distance <= tolerancePx && distance <= best) {
      found = stroke;
      best = distance;
    }
  }
  return found;
}

/** The strokes a loop drawn around them encloses, in drawing order. */
export function strokesInLoop(drawing: Drawing, loop: readonly PointPx[]): Stroke[] {
  const around = boundsOf(loop);
  if (loop.length < 3 || !around) return [];
  // A point outside the loop's box is outside the loop: most points of a large drawing are decided without the polygon.
  const isInside = (point: PointPx) =>
    point.x >= around.minX && point.x <= around.maxX && point.y >= around.minY && point.y <= around.maxY && isInsidePolygon(point, loop);
  return drawing.strokes.filter((stroke) => {
    const inside = stroke.points.filter((point) => isInside(pointOf(point))).length;
    return stroke.points.length > 0 && inside / stroke.points.length >= LOOP_SHARE;
  });
}

export type SelectingGesture = { readonly kind: 'tap'; readonly at: PointPx } | { readonly kind: 'loop'; readonly loop: readonly PointPx[] };

/** A short gesture is a tap where it began; anything longer is a loop. */
export function readGesture(path: readonly PointPx[]): SelectingGesture | null {
  const first = path[0];
  if (!first) return null;
  return pathLengthPx(path) < TAP_MAX_TRAVEL_PX ? { kind: 'tap', at: first } : { kind: 'loop', loop: path };
}

/** The ids a gesture picks: a tap toggles the stroke under it; a loop adds every stroke it encloses. */
export function applyGesture(drawing: Drawing, chosen: readonly string[], gesture: SelectingGesture): string[] {
  if (gesture.kind === 'tap') {
    const stroke = strokeAt(drawing, gesture.at);
    if (!stroke) return [...chosen];
    return chosen.includes(stroke.id) ? chosen.filter((id) => id !== stroke.id) : [...chosen, stroke.id];
  }
  const added = strokesInLoop(drawing, gesture.loop).map((stroke) => stroke.id);
  return [...chosen, ...added.filter((id) => !chosen.includes(id))];
}
