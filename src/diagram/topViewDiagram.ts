import { overlappingBases } from '../domain/analysis/overlappingBases';
import type { Figure } from '../domain/model/figure';
import type { FigureId } from '../domain/model/ids';
import { BOARD_HALF_SIZE, ROOM_HALF_SIZE } from '../domain/model/room';
import { figuresInOrder, type RoomState } from '../domain/model/roomState';
import type { ScreenRect } from '../scene/labels/placeLabels';
import { DIAGRAM_COLOURS, trailColour } from './diagramColours';
import { type DiagramFrame, diagramFrame } from './diagramFrame';
import { labelShapes } from './diagramLabels';
import { DIAGRAM_PARTS, type DiagramShape, type DiagramShapes } from './diagramShapes';
import { figureGlyph, sizeScale, turnGripRadiusPx, turnHandle, turnKnobCentre } from './figureGlyph';
import { estimateTextWidth, type MeasureText } from './labelText';
import { FIGURE_COLOUR_HEX } from '../domain/model/palette';

export interface TopViewDiagramInput {
  readonly room: RoomState;
  /** The name shown for each figure (see `shownLabels` for covert mode); an empty name shows no label. */
  readonly labels: (figure: Figure) => string;
  readonly widthPx: number;
  readonly heightPx: number;
  /** Where figures went, as floor points in metres, drawn as a faint line in each one's colour. */
  readonly trails?: ReadonlyMap<FigureId, readonly { readonly x: number; readonly z: number }[]>;
  /** A released figure has left its role: drawn faint (default, for a record), or not at all (as the live room). */
  readonly released?: 'faint' | 'hidden';
  /** Opacity of single figures, 0–1; an entry wins over `released`, e.g. while a released figure fades in a replay. */
  readonly opacity?: ReadonlyMap<FigureId, number>;
  /** Where everyone stood at another moment, drawn pale under the figures. */
  readonly ghosts?: RoomState;
  readonly selectedId?: FigureId | null;
  /** Draws the selected figure's turn handle (only where the session may change). */
  readonly turnHandle?: boolean;
  /** Width of a text in pixels; an estimate for Noto Sans when left out. */
  readonly measureText?: MeasureText;
  readonly title?: string;
  /** How many metres the shorter side shows; the 3D top view's span when left out. */
  readonly spanMetres?: number;
}

const RELEASED_OPACITY = 0.35;
const GHOST_OPACITY = 0.3;
const EDGE_WIDTH_METRES = 0.05;

/**
 * The room seen from above as plain shapes: the floor, the board and its edge, trails, the
 * figures with their facing marks, and their labels. Pure and deterministic: the same input
 * always gives the same shapes, so the 2D board, a report and a test all see the same picture.
 */
export function topViewDiagram(input: TopViewDiagramInput): DiagramShapes {
  const frame = diagramFrame(input.widthPx, input.heightPx, input.spanMetres);
  const shown = figuresInOrder(input.room).flatMap((figure) => {
    const opacity = figureOpacity(figure, input);
    return opacity > 0.001 ? [{ figure, centre: frame.toPx(figure.pose), opacity }] : [];
  });
  const overlapping = overlappingBases(input.room);
  const selected = shown.find((entry) => entry.figure.id === input.selectedId && !entry.figure.released);
  const handle = selected && input.turnHandle ? turnHandle(selected.figure, selected.centre, frame.pixelsPerMetre) : null;
  const children: DiagramShape[] = [...boardShapes(frame), ...trailShapes(frame, input), ...ghostShapes(frame, input.ghosts)];
  for (const { figure, centre, opacity } of shown) {
    children.push(
      figureGlyph(figure, {
        pixelsPerMetre: frame.pixelsPerMetre,
        centre,
        opacity,
        overlapping: overlapping.has(figure.id),
        selected: figure.id === selected?.figure.id,
      }),
    );
  }
  if (handle && selected) children.push(handle);
  const obstacles: ScreenRect[] = shown.map(({ figure, centre }) => square(centre, 0.23 * sizeScale(figure) * frame.pixelsPerMetre - 1));
  if (selected && handle) {
    obstacles.push(
      square(turnKnobCentre(selected.centre, selected.figure.pose.facing, frame.pixelsPerMetre), Math.min(16, turnGripRadiusPx(frame.pixelsPerMetre))),
    );
  }
  children.push(
    ...labelShapes({
      frame,
      figures: shown,
      labelOf: input.labels,
      measure: input.measureText ?? estimateTextWidth,
      selectedId: selected?.figure.id ?? null,
      obstacles,
    }),
  );
  return { widthPx: frame.widthPx, heightPx: frame.heightPx, ...(input.title ? { title: input.title } : {}), children };
}

function figureOpacity(figure: Figure, input: TopViewDiagramInput): number {
  const own = input.opacity?.get(figure.id);
  if (own !== undefined || !figure.released) return own ?? 1;
  return input.released === 'hidden' ? 0 : RELEASED_OPACITY;
}

const square = (centre: { x: number; y: number }, half: number): ScreenRect => ({ x: centre.x - half, y: centre.y - half, width: 2 * half, height: 2 * half });

function boardShapes(frame: DiagramFrame): DiagramShape[] {
  const area = (half: number) => {
    const corner = frame.toPx({ x: -half, z: -half });
    return { x: corner.x, y: corner.y, width: 2 * half * frame.pixelsPerMetre, height: 2 * half * frame.pixelsPerMetre };
  };
  return [
    {
      kind: 'group',
      data: { part: DIAGRAM_PARTS.board },
      children: [
        { kind: 'rect', x: 0, y: 0, width: frame.widthPx, height: frame.heightPx, fill: DIAGRAM_COLOURS.floor },
        { kind: 'rect', ...area(ROOM_HALF_SIZE), fill: DIAGRAM_COLOURS.rug },
        {
          kind: 'rect',
          ...area(BOARD_HALF_SIZE),
          fill: DIAGRAM_COLOURS.board,
          stroke: DIAGRAM_COLOURS.boardEdge,
          strokeWidth: Math.max(1.5, EDGE_WIDTH_METRES * frame.pixelsPerMetre),
        },
      ],
    },
  ];
}

function trailShapes(frame: DiagramFrame, input: TopViewDiagramInput): DiagramShape[] {
  const trails = input.trails;
  if (!trails) return [];
  return input.room.order.flatMap((id): DiagramShape[] => {
    const figure = input.room.figures[id];
    const points = trails.get(id);
    if (!figure || !points || points.length < 2) return [];
    const path: DiagramShape = {
      kind: 'path',
      points: points.map((point) => frame.toPx(point)),
      closed: false,
      stroke: trailColour(FIGURE_COLOUR_HEX[figure.colour]),
      strokeWidth: Math.max(2, 0.035 * frame.pixelsPerMetre),
      strokeOpacity: 0.7,
      ignoresPointer: true,
    };
    return [{ kind: 'group', data: { part: DIAGRAM_PARTS.trail, 'figure-id': id }, children: [path] }];
  });
}

function ghostShapes(frame: DiagramFrame, ghosts: RoomState | undefined): DiagramShape[] {
  if (!ghosts) return [];
  const glyphs = figuresInOrder(ghosts)
    .filter((figure) => !figure.released)
    .map((figure) =>
      figureGlyph(figure, {
        pixelsPerMetre: frame.pixelsPerMetre,
        centre: frame.toPx(figure.pose),
        opacity: 1,
        overlapping: false,
        selected: false,
        ghost: true,
      }),
    );
  return glyphs.length ? [{ kind: 'group', opacity: GHOST_OPACITY, data: { part: DIAGRAM_PARTS.ghost }, children: glyphs }] : [];
}
