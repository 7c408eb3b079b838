/**
 * Where figure labels go on screen so that no two overlap. Pure: screen rectangles in (CSS
 * pixels, y down), placed rectangles out; no three.js, no DOM, so it is tested and benchmarked
 * alone and can run on every frame of a replay.
 *
 * Each label first tries its home (centred above or below its anchor), then the place it had
 * in the frame before (so a label does not jump while figures move), then places further and
 * further away in rings around home. Labels are placed in the order given: the caller puts the
 * ones that matter most (the selected figure, the nearest) first, and they keep their homes.
 */

export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

export interface ScreenRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LabelRequest {
  readonly key: string;
  /** The point the label belongs to: above a head in 3D, in front of the figure in the top view. */
  readonly anchor: ScreenPoint;
  readonly width: number;
  readonly height: number;
  /** Which side of the anchor is the label's home. */
  readonly side: 'above' | 'below';
}

export interface PlacedLabel {
  readonly key: string;
  readonly rect: ScreenRect;
  /** How far the label stands from its home, in pixels; (0, 0) when at home. */
  readonly offset: ScreenPoint;
}

export interface PlacementOptions {
  /** The canvas: a label is placed wholly inside it or not at all. */
  readonly width: number;
  readonly height: number;
  /** Space kept free between two labels and between a label and its anchor, in pixels. */
  readonly gapPx?: number;
  /** Where each label stood in the frame before, by key. */
  readonly previous?: ReadonlyMap<string, ScreenPoint>;
  /** Places no label may cover, such as the knob of the turn handle. */
  readonly obstacles?: readonly ScreenRect[];
}

export interface Placement {
  readonly placed: readonly PlacedLabel[];
  /** Labels with no free place on screen, or whose anchor is off screen. */
  readonly unplaced: readonly string[];
}

const DEFAULT_GAP_PX = 3;

export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): Placement {
  const gap = options.gapPx ?? DEFAULT_GAP_PX;
  const taken: ScreenRect[] = [...(options.obstacles ?? [])];
  const placed: PlacedLabel[] = [];
  const unplaced: string[] = [];
  for (const request of requests) {
    const offset = findPlace(request, taken, options, gap);
    if (!offset) {
      unplaced.push(request.key);
      continue;
    }
    const rect = shifted(home(request, gap), offset);
    taken.push(rect);
    placed.push({ key: request.key, rect, offset });
  }
  return { placed, unplaced };
}

function findPlace(request: LabelRequest, taken: readonly ScreenRect[], options: PlacementOptions, gap: number): ScreenPoint | null {
  if (!onScreen(request.anchor, options)) return null;
  const start = home(request, gap);
  const fits = (offset: ScreenPoint) => {
    const rect = shifted(start, offset);
    return inside(rect, options) && !taken.some((other) => overlaps(rect, other, gap));
  };
  const origin = { x: 0, y: 0 };
  if (fits(origin)) return origin;
  const previous = options.previous?.get(request.key);
  if (previous && fits(previous)) return previous;
  // Rings of candidate places, half a label wide and one label high apart.
  const stepX = (request.width + gap) / 2;
  const stepY = request.height + gap;
  const rings = Math.ceil(Math.max(options.width / stepX, options.height / stepY));
  const away = request.side === 'above' ? -1 : 1;
  for (let ring = 1; ring <= rings; ring += 1) {
    let best: ScreenPoint | null = null;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const [i, j] of ringCells(ring)) {
      const offset = { x: i * stepX, y: j * stepY };
      // Prefer staying near home, and on the home side of the anchor rather than across it.
      const cost = Math.hypot(offset.x, offset.y) + (j * away < 0 ? stepY * 0.75 : 0);
      if (cost < bestCost && fits(offset)) {
        best = offset;
        bestCost = cost;
      }
    }
    if (best) return best;
  }
  return null;
}

/** The cells of the square ring at Chebyshev distance `ring` around (0, 0). */
function* ringCells(ring: number): Generator<[number, number]> {
  for (let i = -ring; i <= ring; i += 1) {
    yield [i, -ring];
    yield [i, ring];
  }
  for (let j = -ring + 1; j <= ring - 1; j += 1) {
    yield [-ring, j];
    yield [ring, j];
  }
}

function home(request: LabelRequest, gap: number): ScreenRect {
  const x = request.anchor.x - request.width / 2;
  const y = request.side === 'above' ? request.anchor.y - request.height - gap : request.anchor.y + gap;
  return { x, y, width: request.width, height: request.height };
}

const shifted = (rect: ScreenRect, offset: ScreenPoint): ScreenRect => ({ ...rect, x: rect.x + offset.x, y: rect.y + offset.y });

const onScreen = (point: ScreenPoint, options: PlacementOptions) => point.x >= 0 && point.y >= 0 && point.x <= options.width && point.y <= options.height;

const inside = (rect: ScreenRect, options: PlacementOptions) =>
  rect.x >= 0 && rect.y >= 0 && rect.x + rect.width <= options.width && rect.y + rect.height <= options.height;

/** True when two rectangles come closer than `gap` pixels. */
export function overlaps(a: ScreenRect, b: ScreenRect, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** The point of a rectangle nearest to a point: where a leader line from the anchor meets its label. */
export function nearestPointOnRect(rect: ScreenRect, point: ScreenPoint): ScreenPoint {
  return {
    x: Math.max(rect.x, Math.min(rect.x + rect.width, point.x)),
    y: Math.max(rect.y, Math.min(rect.y + rect.height, point.y)),
  };
}
