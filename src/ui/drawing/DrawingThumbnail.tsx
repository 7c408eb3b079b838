import './drawing.css';
import type { Stroke } from '../../domain/drawing/drawing';
import { centreLinePath, thumbnailFit } from '../../domain/drawing/thumbnail';
import { INK_HEX } from './inks';

export const THUMBNAIL_SIZE_PX = 24;

/**
 * A drawn element's strokes, small: the centre lines fitted to a square. Lines keep at least a
 * pixel's width, so a thin stroke does not vanish at this size.
 */
export default function DrawingThumbnail({ strokes, sizePx = THUMBNAIL_SIZE_PX }: { strokes: readonly Stroke[]; sizePx?: number }) {
  const fit = thumbnailFit(strokes, sizePx);
  if (!fit) return null;
  return (
    <svg className="drawing-thumbnail" width={sizePx} height={sizePx} viewBox={`0 0 ${sizePx} ${sizePx}`} aria-hidden="true" focusable="false">
      {strokes.map((stroke) => (
        <path
          key={stroke.id}
          d={centreLinePath(stroke, fit)}
          fill="none"
          stroke={INK_HEX[stroke.colour]}
          strokeWidth={Math.max(1.2, stroke.widthPx * fit.scale)}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      ))}
    </svg>
  );
}
