import { BASE_RADIUS_METRES } from '../domain/analysis/overlappingBases';
import type { Figure, FigureKind } from '../domain/model/figure';
import { FIGURE_COLOUR_HEX } from '../domain/model/palette';
import { DIAGRAM_COLOURS, markColour, mixColours, mutedColour } from './diagramColours';
import { DIAGRAM_PARTS, type DiagramGroup, type DiagramShape } from './diagramShapes';

/**
 * One figure seen from above, as the 3D room shows it from its top view: the soft shadow and
 * the gaze wedge on the floor, the base with its notch, and the body told apart by shape
 * (people round, the intention six-sided, elements small pegs, free elements square) with a
 * head and a nose toward the facing. Drawn facing up (−z) and turned by its group.
 * Lengths are in metres for an adult figure, scaled by the figure's size.
 */
const SHADOW_RADIUS = 0.42;
const GAZE_FROM = 0.26;
const GAZE_TO = 0.8;
const GAZE_HALF_ANGLE_DEGREES = 27;
const BASE_RADIUS = BASE_RADIUS_METRES.adult;
const NOTCH = { tip: 0.315, back: 0.225, halfWidth: 0.06 } as const;
const BODY: Readonly<Record<FigureKind, { readonly shape: 'round' | 'hexagon' | 'square'; readonly radius: number; readonly head: number }>> = {
  client: { shape: 'round', radius: 0.15, head: 0.115 },
  person: { shape: 'round', radius: 0.15, head: 0.115 },
  intention: { shape: 'hexagon', radius: 0.17, head: 0.1 },
  element: { shape: 'round', radius: 0.13, head: 0.095 },
  free: { shape: 'square', radius: 0.15, head: 0.095 },
};
const SELECTION_RING = { radius: 0.295, width: 0.05 } as const;
const OVERLAP_RING = { radius: 0.256, width: 0.023 } as const;
const BAND_WIDTH = 0.035;
/** A lying body: from a little behind the base to its shoulders, the head beyond them. */
const LYING = { tail: 0.12, body: 0.5, head: 0.62 } as const;

/** The turn handle: a thin circle and a knob in front, whose grip a finger can find. */
export const TURN_HANDLE_RADIUS_METRES = 0.46;
const KNOB_RADIUS = { metres: 0.06, minPx: 9 } as const;
export const TURN_GRIP_MIN_RADIUS_PX = 26;
const TURN_GRIP_RADIUS_METRES = 0.16;

type Point = { x: number; y: number };

const arc = (radius: number, fromDegrees: number, toDegrees: number, steps: number): Point[] =>
  Array.from({ length: steps + 1 }, (_, i) => {
    const angle = ((fromDegrees + ((toDegrees - fromDegrees) * i) / steps) * Math.PI) / 180;
    return { x: Math.sin(angle) * radius, y: -Math.cos(angle) * radius };
  });

const polygon = (radius: number, corners: number): Point[] => arc(radius, 0, 360, corners).slice(0, corners);

/** The figure's size on the floor relative to an adult. */
export const sizeScale = (figure: Pick<Figure, 'size'>) => BASE_RADIUS_METRES[figure.size] / BASE_RADIUS;

/** The colour a figure is drawn in: its own, quieter for someone who has died. */
export function bodyColour(figure: Pick<Figure, 'colour' | 'deceased'>): string {
  const colour = FIGURE_COLOUR_HEX[figure.colour];
  return figure.deceased ? mutedColour(colour) : colour;
}

export interface GlyphOptions {
  readonly pixelsPerMetre: number;
  readonly centre: Point;
  readonly overlapping: boolean;
  readonly selected: boolean;
  readonly opacity: number;
  /** A pale stand-in (where a figure stood at another moment): no marks, no data for hit-testing. */
  readonly ghost?: boolean;
}

export function figureGlyph(figure: Figure, options: GlyphOptions): DiagramGroup {
  const px = options.pixelsPerMetre * sizeScale(figure);
  const scaled = (points: readonly Point[]) => points.map((point) => ({ x: point.x * px, y: point.y * px }));
  const colour = bodyColour(figure);
  const outline = mixColours(colour, DIAGRAM_COLOURS.ink, 0.35);
  const mark = markColour(FIGURE_COLOUR_HEX[figure.colour]);
  const body = BODY[figure.kind];
  const hairline = Math.max(0.75, 0.008 * options.pixelsPerMetre);
  const children: DiagramShape[] = [];
  if (!options.ghost) {
    children.push({ kind: 'circle', cx: 0, cy: 0, r: SHADOW_RADIUS * px, fill: mark, fillOpacity: 0.1, ignoresPointer: true });
    const wedge = [
      ...arc(GAZE_TO, -GAZE_HALF_ANGLE_DEGREES, GAZE_HALF_ANGLE_DEGREES, 12),
      ...arc(GAZE_FROM, GAZE_HALF_ANGLE_DEGREES, -GAZE_HALF_ANGLE_DEGREES, 6),
    ];
    children.push({ kind: 'path', points: scaled(wedge), closed: true, fill: mark, fillOpacity: 0.22, ignoresPointer: true });
  }
  if (options.overlapping && !options.ghost) {
    children.push({
      kind: 'circle',
      cx: 0,
      cy: 0,
      r: OVERLAP_RING.radius * px,
      stroke: DIAGRAM_COLOURS.overlap,
      strokeWidth: OVERLAP_RING.width * px,
      strokeOpacity: 0.75,
      ignoresPointer: true,
    });
  }
  if (options.selected && !options.ghost) {
    children.push({
      kind: 'circle',
      cx: 0,
      cy: 0,
      r: SELECTION_RING.radius * px,
      stroke: DIAGRAM_COLOURS.highlight,
      strokeWidth: SELECTION_RING.width * px,
      strokeOpacity: 0.9,
    });
  }
  children.push({ kind: 'circle', cx: 0, cy: 0, r: BASE_RADIUS * px, fill: colour, stroke: outline, strokeWidth: hairline });
  const notch = [
    { x: 0, y: -NOTCH.tip },
    { x: NOTCH.halfWidth, y: -NOTCH.back },
    { x: -NOTCH.halfWidth, y: -NOTCH.back },
  ];
  children.push({ kind: 'path', points: scaled(notch), closed: true, fill: DIAGRAM_COLOURS.nose });
  const bodyPaint = { fill: mixColours(colour, '#ffffff', 0.12), stroke: outline, strokeWidth: hairline };
  const lying = figure.pose.posture === 'lying';
  // Lying on its back, the body stretches toward where the figure faces, its head ahead (as in the 3D room).
  const headY = lying ? -LYING.head : 0;
  if (lying) {
    const top = -LYING.body;
    children.push({
      kind: 'rect',
      x: -body.radius * px,
      y: top * px,
      width: 2 * body.radius * px,
      height: (LYING.tail - top) * px,
      rx: body.radius * px,
      ...bodyPaint,
    });
  } else if (body.shape === 'round') children.push({ kind: 'circle', cx: 0, cy: 0, r: body.radius * px, ...bodyPaint });
  else if (body.shape === 'hexagon') children.push({ kind: 'path', points: scaled(polygon(body.radius, 6)), closed: true, ...bodyPaint });
  else {
    const side = 2 * body.radius * px;
    children.push({ kind: 'rect', x: -side / 2, y: -side / 2, width: side, height: side, rx: 0.02 * px, ...bodyPaint });
  }
  if (figure.deceased && lying) {
    const band = { x: -body.radius * px, y: (-LYING.body / 2 - BAND_WIDTH / 2) * px, width: 2 * body.radius * px, height: BAND_WIDTH * px };
    children.push({ kind: 'rect', ...band, fill: DIAGRAM_COLOURS.mourning, fillOpacity: 0.8 });
  } else if (figure.deceased) {
    const bandRadius = (body.shape === 'square' ? body.radius * Math.SQRT2 : body.radius) + BAND_WIDTH / 2;
    children.push({ kind: 'circle', cx: 0, cy: 0, r: bandRadius * px, stroke: DIAGRAM_COLOURS.mourning, strokeWidth: BAND_WIDTH * px, strokeOpacity: 0.8 });
  }
  const head = figure.kind === 'client' ? DIAGRAM_COLOURS.skin : mixColours(colour, '#ffffff', 0.25);
  children.push({ kind: 'circle', cx: 0, cy: headY * px, r: body.head * px, fill: head, stroke: outline, strokeWidth: hairline });
  const nose = [
    { x: 0, y: headY - body.head * 1.5 },
    { x: body.head * 0.34, y: headY - body.head * 0.9 },
    { x: -body.head * 0.34, y: headY - body.head * 0.9 },
  ];
  children.push({ kind: 'path', points: scaled(nose), closed: true, fill: DIAGRAM_COLOURS.nose });
  return {
    kind: 'group',
    translate: options.centre,
    rotateDegrees: figure.pose.facing,
    ...(options.opacity < 1 ? { opacity: options.opacity } : {}),
    ...(options.ghost ? {} : { data: { part: DIAGRAM_PARTS.figure, 'figure-id': figure.id } }),
    children,
  };
}

/** Where the turn handle's knob is, on screen: in front of the figure, on the handle's circle. */
export function turnKnobCentre(centre: Point, facingDegrees: number, pixelsPerMetre: number): Point {
  const angle = (facingDegrees * Math.PI) / 180;
  const reach = TURN_HANDLE_RADIUS_METRES * pixelsPerMetre;
  return { x: centre.x + Math.sin(angle) * reach, y: centre.y - Math.cos(angle) * reach };
}

/** How far from the knob's centre a pointer still takes the handle, in pixels. */
export const turnGripRadiusPx = (pixelsPerMetre: number) => Math.max(TURN_GRIP_RADIUS_METRES * pixelsPerMetre, TURN_GRIP_MIN_RADIUS_PX);

/** The selected figure's turn handle: drawn over every figure, so the knob is never hidden. */
export function turnHandle(figure: Figure, centre: Point, pixelsPerMetre: number): DiagramGroup {
  const reach = TURN_HANDLE_RADIUS_METRES * pixelsPerMetre;
  return {
    kind: 'group',
    translate: centre,
    rotateDegrees: figure.pose.facing,
    data: { part: DIAGRAM_PARTS.turnGrip, 'figure-id': figure.id },
    children: [
      { kind: 'circle', cx: 0, cy: 0, r: reach, stroke: DIAGRAM_COLOURS.highlight, strokeWidth: Math.max(1.5, 0.024 * pixelsPerMetre), strokeOpacity: 0.7 },
      {
        kind: 'circle',
        cx: 0,
        cy: -reach,
        r: Math.max(KNOB_RADIUS.metres * pixelsPerMetre, KNOB_RADIUS.minPx),
        fill: DIAGRAM_COLOURS.highlight,
        fillOpacity: 0.95,
      },
      { kind: 'circle', cx: 0, cy: -reach, r: turnGripRadiusPx(pixelsPerMetre), fill: '#ffffff', fillOpacity: 0 },
    ],
  };
}
