import './drawing.css';
import type { Drawing } from '../../domain/drawing/drawing';
import { INK_HEX } from './inks';
import { strokeOutlinePath } from './strokeOutline';

/** A drawing shown whole, as drawn, scaled to the space it is given. Decorative: the text around it names it. */
export default function StrokesView({ drawing, className }: { drawing: Drawing; className?: string }) {
  return (
    <svg className={className ?? 'strokes-view'} viewBox={`0 0 ${drawing.widthPx} ${drawing.heightPx}`} aria-hidden="true" focusable="false">
      {drawing.strokes.map((stroke) => (
        <path key={stroke.id} d={strokeOutlinePath(stroke)} fill={INK_HEX[stroke.colour]} />
      ))}
    </svg>
  );
}
