import type { Figure } from './figure';
import type { FigureId } from './ids';

/** Everything that stands in the room at one moment: the figures and their order of creation. */
export interface RoomState {
  readonly figures: Readonly<Record<FigureId, Figure>>;
  /** The order figures were added in; lists and the start row follow it. */
  readonly order: readonly FigureId[];
}

export const EMPTY_ROOM: RoomState = { figures: {}, order: [] };

export function figuresInOrder(room: RoomState): Figure[] {
  return room.order.flatMap((id) => {
    const figure = room.figures[id];
    return figure ? [figure] : [];
  });
}

export function roomFromFigures(figures: readonly Figure[]): RoomState {
  return {
    figures: Object.fromEntries(figures.map((figure) => [figure.id, figure])) as Record<FigureId, Figure>,
    order: figures.map((figure) => figure.id),
  };
}
