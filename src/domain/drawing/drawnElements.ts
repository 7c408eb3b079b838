import type { Drawing } from './drawing';

/** An element the client took from the drawing: some of its strokes, and a name if the client gave one. */
export interface DrawnElement {
  /** The figure's name: the client's word, or a neutral one ("Drawing 1") the screen supplies. */
  readonly label: string;
  readonly strokeIds: readonly string[];
}

/** What the new-session step hands on: the drawing as drawn and the elements taken from it. */
export interface DrawnIntention {
  readonly drawing: Drawing;
  readonly elements: readonly DrawnElement[];
}

/** Elements whose strokes are still in the drawing (one may have been undone after choosing), with only those strokes. */
export function keptElements({ drawing, elements }: DrawnIntention): DrawnElement[] {
  const present = new Set(drawing.strokes.map((stroke) => stroke.id));
  return elements.flatMap((element) => {
    const strokeIds = element.strokeIds.filter((id) => present.has(id));
    return strokeIds.length > 0 ? [{ ...element, strokeIds }] : [];
  });
}

/** The strokes some element has taken already, so one stroke does not become two elements by mistake. */
export function takenStrokeIds(elements: readonly DrawnElement[]): Set<string> {
  return new Set(elements.flatMap((element) => element.strokeIds));
}

export const hasStrokes = (drawn: DrawnIntention | null): boolean => (drawn?.drawing.strokes.length ?? 0) > 0;

/** What a new session takes from the drawing step: nothing when nothing was drawn. */
export function drawnSessionInput(drawn: DrawnIntention | null): { drawing?: Drawing; drawnElements?: readonly DrawnElement[] } {
  if (!drawn || !hasStrokes(drawn)) return {};
  return { drawing: drawn.drawing, drawnElements: keptElements(drawn) };
}
