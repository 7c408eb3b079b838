import { type PointerEvent, useRef } from 'react';
import {
  type Drawing,
  type DrawingColour,
  extendStroke,
  lastTimeMs,
  nextStrokeId,
  type Stroke,
  type StrokePoint,
  UNKNOWN_PRESSURE,
} from '../../domain/drawing/drawing';
import type { PointPx } from '../../domain/drawing/geometry';
import { readGesture, type SelectingGesture } from '../../domain/drawing/selection';
import { INK_HEX } from './inks';
import { strokeOutlinePath } from './strokeOutline';

export type PadTool = 'draw' | 'choose';

interface DrawingPadProps {
  readonly drawing: Drawing;
  readonly tool: PadTool;
  readonly colour: DrawingColour;
  readonly widthPx: number;
  /** Strokes chosen for the next element: shown with a soft glow. */
  readonly chosen: ReadonlySet<string>;
  /** Strokes already in an element: shown faint while choosing. */
  readonly taken: ReadonlySet<string>;
  readonly label: string;
  readonly describedBy?: string;
  readonly onStroke: (stroke: Stroke) => void;
  readonly onGesture: (gesture: SelectingGesture) => void;
}

interface Gesture {
  readonly pointerId: number;
  stroke: Stroke | null;
  path: PointPx[];
}

const CHOSEN_GLOW_PX = 14;

/**
 * The pad: one pointer at a time draws (a resting palm or a second finger does nothing), held
 * by pointer capture so a stroke that leaves the pad still ends where it was lifted. The line
 * being drawn is written straight to its path element; React renders only finished strokes.
 */
export function DrawingPad({ drawing, tool, colour, widthPx, chosen, taken, label, describedBy, onStroke, onGesture }: DrawingPadProps) {
  const pad = useRef<SVGSVGElement>(null);
  const live = useRef<SVGPathElement>(null);
  const gesture = useRef<Gesture | null>(null);
  // The drawing's clock: event time stamps less this give milliseconds since the drawing began.
  const origin = useRef<number | null>(null);

  const pointOf = (event: { clientX: number; clientY: number; timeStamp: number; pressure: number; pointerType: string }): StrokePoint => {
    const rect = pad.current?.getBoundingClientRect();
    const scaleX = rect && rect.width > 0 ? drawing.widthPx / rect.width : 1;
    const scaleY = rect && rect.height > 0 ? drawing.heightPx / rect.height : 1;
    origin.current ??= event.timeStamp - lastTimeMs(drawing);
    const pressure = event.pointerType === 'pen' && event.pressure > 0 ? event.pressure : UNKNOWN_PRESSURE;
    return [
      round((event.clientX - (rect?.left ?? 0)) * scaleX),
      round((event.clientY - (rect?.top ?? 0)) * scaleY),
      Math.max(0, Math.round(event.timeStamp - origin.current)),
      Math.round(Math.min(1, Math.max(0, pressure)) * 1000) / 1000,
    ];
  };

  const paint = (current: Gesture) => {
    const path = live.current;
    if (!path) return;
    if (current.stroke) {
      path.setAttribute('d', strokeOutlinePath(current.stroke, false));
      path.setAttribute('fill', INK_HEX[current.stroke.colour]);
      path.setAttribute('class', 'live-stroke');
    } else {
      path.setAttribute('d', current.path.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(''));
      path.setAttribute('fill', 'none');
      path.setAttribute('class', 'live-loop');
    }
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (gesture.current || (event.pointerType === 'mouse' && event.button !== 0)) return;
    event.preventDefault();
    capture(event.currentTarget, event.pointerId);
    const point = pointOf(event);
    const stroke = tool === 'draw' ? { id: nextStrokeId(drawing), colour, widthPx, points: [point] } : null;
    gesture.current = { pointerId: event.pointerId, stroke, path: [{ x: point[0], y: point[1] }] };
    paint(gesture.current);
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const current = gesture.current;
    if (!current || current.pointerId !== event.pointerId) return;
    // A pen reports more points than the screen shows; keep them all, as drawn.
    const coalesced = event.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const each of coalesced.length > 0 ? coalesced : [event.nativeEvent]) {
      const point = pointOf(each);
      if (current.stroke) current.stroke = extendStroke(current.stroke, point);
      current.path.push({ x: point[0], y: point[1] });
    }
    paint(current);
  };

  const finish = (event: PointerEvent<SVGSVGElement>, keep: boolean) => {
    const current = gesture.current;
    if (!current || current.pointerId !== event.pointerId) return;
    gesture.current = null;
    live.current?.setAttribute('d', '');
    if (current.stroke) {
      onStroke(current.stroke);
      return;
    }
    const read = keep ? readGesture(current.path) : null;
    if (read) onGesture(read);
  };

  return (
    <svg
      ref={pad}
      className={`drawing-pad tool-${tool}`}
      viewBox={`0 0 ${drawing.widthPx} ${drawing.heightPx}`}
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={(event) => finish(event, true)}
      // A stroke the browser interrupts is kept as far as it was drawn; an interrupted loop chooses nothing.
      onPointerCancel={(event) => finish(event, false)}
    >
      {drawing.strokes.map((stroke) =>
        chosen.has(stroke.id) ? (
          <path
            key={`glow-${stroke.id}`}
            className="chosen-glow"
            d={stroke.points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join('') + (stroke.points.length === 1 ? 'l0.01 0' : '')}
            strokeWidth={stroke.widthPx + CHOSEN_GLOW_PX}
          />
        ) : null,
      )}
      {drawing.strokes.map((stroke) => (
        <path
          key={stroke.id}
          data-stroke-id={stroke.id}
          className={tool === 'choose' && taken.has(stroke.id) ? 'stroke taken' : 'stroke'}
          d={strokeOutlinePath(stroke)}
          fill={INK_HEX[stroke.colour]}
        />
      ))}
      <path ref={live} />
    </svg>
  );
}

/**
 * Holds the pointer so a stroke that leaves the pad ends where it was lifted. Older engines and
 * test DOMs lack capture, and a pointer already gone cannot be captured: the stroke is drawn all
 * the same and ends when the pointer leaves.
 */
function capture(pad: SVGSVGElement, pointerId: number) {
  try {
    pad.setPointerCapture?.(pointerId);
  } catch {
    // Nothing to hold: see above.
  }
}

const round = (value: number) => Math.round(value * 10) / 10;
