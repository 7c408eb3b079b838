import { BASE_RADIUS_METRES } from '../domain/analysis/overlappingBases';
import { covertNumbers, type CovertSource } from '../domain/model/covertOrder';
import type { Figure } from '../domain/model/figure';
import type { RoomState } from '../domain/model/roomState';
import { type LabelRequest, nearestPointOnRect, placeLabels, type ScreenRect } from '../scene/labels/placeLabels';
import { DIAGRAM_COLOURS } from './diagramColours';
import type { DiagramFrame } from './diagramFrame';
import { DIAGRAM_PARTS, type DiagramShape } from './diagramShapes';
import { fitText, type MeasureText } from './labelText';

/** The labels' look, as the room's page labels: Noto Sans SemiBold 14 px on a light rounded box. */
export const LABEL_STYLE = { fontSizePx: 14, fontWeight: 600, paddingPx: 7, heightPx: 20, radiusPx: 8, maxTextWidthPx: 140, gapPx: 3 } as const;

export interface LabelledFigure {
  readonly figure: Figure;
  readonly centre: { readonly x: number; readonly y: number };
  readonly opacity: number;
}

export interface LabelLayoutInput {
  readonly frame: DiagramFrame;
  readonly figures: readonly LabelledFigure[];
  readonly labelOf: (figure: Figure) => string;
  readonly measure: MeasureText;
  /** Shown first, whole and keeping its home. */
  readonly selectedId?: string | null;
  /** Places no label may cover (the turn handle's knob, the figures' bases). */
  readonly obstacles: readonly ScreenRect[];
}

/**
 * The figures' names beside their bases, on the side each figure turns its back to so a label
 * never covers its gaze (as in the 3D room's top view), set apart by `placeLabels`, with a thin
 * line back to a figure whose label had to stand away.
 */
export function labelShapes(input: LabelLayoutInput): DiagramShape[] {
  const { frame, measure } = input;
  const style = LABEL_STYLE;
  const entries = input.figures
    .map(({ figure, centre, opacity }) => {
      const whole = input.labelOf(figure);
      const text = figure.id === input.selectedId ? whole : fitText(whole, style.maxTextWidthPx, style.fontSizePx, measure);
      const facesDown = Math.cos((figure.pose.facing * Math.PI) / 180) < 0;
      const reach = BASE_RADIUS_METRES[figure.size] * frame.pixelsPerMetre;
      const request: LabelRequest = {
        key: figure.id,
        anchor: { x: centre.x, y: centre.y + (facesDown ? -reach : reach) },
        width: Math.ceil(measure(text, style.fontSizePx)) + 2 * style.paddingPx,
        height: style.heightPx,
        side: facesDown ? 'above' : 'below',
      };
      return { figure, text, opacity, request };
    })
    .filter((entry) => entry.text !== '')
    .sort((a, b) => Number(b.figure.id === input.selectedId) - Number(a.figure.id === input.selectedId));
  const placement = placeLabels(
    entries.map((entry) => entry.request),
    { width: frame.widthPx, height: frame.heightPx, gapPx: style.gapPx, obstacles: input.obstacles },
  );
  const byKey = new Map(entries.map((entry) => [entry.request.key, entry]));
  const leaders: DiagramShape[] = [];
  const boxes: DiagramShape[] = [];
  for (const placed of placement.placed) {
    const entry = byKey.get(placed.key);
    if (!entry) continue;
    const { rect } = placed;
    const selected = entry.figure.id === input.selectedId;
    const opacity = entry.opacity < 1 ? { opacity: entry.opacity } : {};
    if (Math.hypot(placed.offset.x, placed.offset.y) >= 1) {
      const to = nearestPointOnRect(rect, entry.request.anchor);
      leaders.push({
        kind: 'path',
        points: [entry.request.anchor, to],
        closed: false,
        stroke: DIAGRAM_COLOURS.labelStroke,
        strokeWidth: 1.25,
        strokeOpacity: 0.75,
        ignoresPointer: true,
        ...opacity,
      });
    }
    boxes.push({
      kind: 'group',
      data: { part: DIAGRAM_PARTS.label, 'figure-id': entry.figure.id },
      ...opacity,
      children: [
        {
          kind: 'rect',
          ...rect,
          rx: style.radiusPx,
          fill: selected ? '#fffaf0' : DIAGRAM_COLOURS.labelFill,
          fillOpacity: selected ? 1 : 0.92,
          stroke: selected ? '#b0842f' : DIAGRAM_COLOURS.labelStroke,
          strokeOpacity: selected ? 1 : 0.28,
          strokeWidth: 1,
        },
        {
          kind: 'text',
          x: rect.x + rect.width / 2,
          y: rect.y + rect.height / 2 + style.fontSizePx * 0.36,
          text: entry.text,
          fontSizePx: style.fontSizePx,
          fontWeight: style.fontWeight,
          fill: DIAGRAM_COLOURS.labelText,
          anchor: 'middle',
        },
      ],
    });
  }
  return [...leaders, ...boxes];
}

/**
 * The name each figure shows: its label, or in covert mode (IoPT) "Element n" for an element,
 * numbered in the session's own random order, so no picture gives the words away.
 */
export function shownLabels(options: {
  readonly room: RoomState;
  readonly covert: boolean;
  readonly session: CovertSource | null;
  readonly covertName: (number: number) => string;
}): (figure: Figure) => string {
  const numbers = options.covert ? covertNumbers(options.session, options.room) : null;
  return (figure) => {
    const number = figure.kind === 'element' ? numbers?.get(figure.id) : undefined;
    return number === undefined ? figure.label : options.covertName(number);
  };
}
