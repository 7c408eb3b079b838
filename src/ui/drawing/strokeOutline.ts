import { getStroke } from 'perfect-freehand';
import { hasMeasuredPressure, type Stroke } from '../../domain/drawing/drawing';

/**
 * The inked shape of a stroke as an SVG path: perfect-freehand turns the centre line and its
 * pressures into an outline with soft ends. Pressure shapes the line only where a pen measured
 * it; a mouse or finger line keeps an even width rather than one guessed from speed.
 */
export function strokeOutlinePath(stroke: Stroke, finished = true): string {
  if (!finished) return outlineOf(stroke, false);
  // A finished stroke never changes, so its outline is worked out once however often the pad draws.
  let path = finishedOutlines.get(stroke);
  if (path === undefined) {
    path = outlineOf(stroke, true);
    finishedOutlines.set(stroke, path);
  }
  return path;
}

const finishedOutlines = new WeakMap<Stroke, string>();

function outlineOf(stroke: Stroke, finished: boolean): string {
  const measured = hasMeasuredPressure(stroke);
  const outline = getStroke(
    stroke.points.map(([x, y, , pressure]) => [x, y, pressure]),
    { size: stroke.widthPx, thinning: measured ? 0.6 : 0, smoothing: 0.5, streamline: 0.35, simulatePressure: false, last: finished },
  );
  return outlineToPath(outline);
}

/** Quadratic curves through the midpoints of the outline, which reads smoother than straight joins. */
function outlineToPath(outline: readonly number[][]): string {
  const first = outline[0];
  if (!first || outline.length < 2) return '';
  const parts = [`M${fixed(first[0])},${fixed(first[1])}Q`];
  for (let i = 0; i < outline.length; i += 1) {
    const [x0 = 0, y0 = 0] = outline[i] ?? [];
    const [x1 = 0, y1 = 0] = outline[(i + 1) % outline.length] ?? [];
    parts.push(`${fixed(x0)},${fixed(y0)} ${fixed((x0 + x1) / 2)},${fixed((y0 + y1) / 2)} `);
  }
  parts.push('Z');
  return parts.join('');
}

const fixed = (value: number | undefined) => (Math.round((value ?? 0) * 100) / 100).toString();
