import type { FigureId } from './ids';
import type { Pose } from './pose';

/**
 * What a figure stands for. The client ("me"), the intention as a whole and one figure per
 * chosen element of it come from the intention; persons and free elements are added by hand.
 */
export const FIGURE_KINDS = ['client', 'intention', 'element', 'person', 'free'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** The family board's figure sizes; a baby is smaller than a child. */
export const FIGURE_SIZES = ['adult', 'child', 'baby'] as const;
export type FigureSize = (typeof FIGURE_SIZES)[number];

/** A calm palette; the client may choose any of these. Kept as names so files stay readable. */
export const FIGURE_COLOURS = ['sand', 'sage', 'slate', 'clay', 'plum', 'ochre', 'moss', 'stone', 'rose', 'sky'] as const;
export type FigureColour = (typeof FIGURE_COLOURS)[number];

export interface Figure {
  readonly id: FigureId;
  readonly kind: FigureKind;
  /** The name shown on the figure: the element's words, "Me", a person's name. */
  readonly label: string;
  readonly colour: FigureColour;
  readonly size: FigureSize;
  readonly pose: Pose;
  /** Released from its role at the end of a self-encounter: it has left the room but stays on record. */
  readonly released: boolean;
  /** Stands for someone who has died; shown calmly. Absent means alive, so older files read the same. */
  readonly deceased?: boolean;
  /** An element taken from the drawn intention: the ids of its strokes in `info.drawing`. */
  readonly drawn?: readonly string[];
}

export const DEFAULT_COLOUR_BY_KIND: Readonly<Record<FigureKind, FigureColour>> = {
  client: 'slate',
  intention: 'ochre',
  element: 'sage',
  person: 'sand',
  free: 'stone',
};

/** Labels are short enough to read in the room; the intention itself is kept in full elsewhere. */
export const MAX_LABEL_LENGTH = 60;

export function cleanLabel(label: string): string {
  return label.replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL_LENGTH);
}
