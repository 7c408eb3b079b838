import type { Figure } from '../domain/model/figure';
import type { FigureId } from '../domain/model/ids';
import type { Pose } from '../domain/model/pose';
import type { ResonansState } from './storeTypes';

/** The pose to show: the live drag pose while a figure is being dragged, else the room's. */
export function shownPose(state: ResonansState, id: FigureId): Pose | undefined {
  if (state.drag?.figureId === id) return state.drag.pose;
  return state.room.figures[id]?.pose;
}

export const selectFigure =
  (id: FigureId) =>
  (state: ResonansState): Figure | undefined =>
    state.room.figures[id];

export const selectShownPose =
  (id: FigureId) =>
  (state: ResonansState): Pose | undefined =>
    shownPose(state, id);

export const selectOrder = (state: ResonansState) => state.room.order;
