import type { Figure } from '../domain/model/figure';
import type { FigureId } from '../domain/model/ids';
import type { Pose } from '../domain/model/pose';
import type { RoomState } from '../domain/model/roomState';
import type { ResonansState } from './storeTypes';

/** The room to show: in replay, the room at the playhead; else the room as it stands. */
export const shownRoom = (state: ResonansState): RoomState => state.replay?.state.room ?? state.room;

/** The pose to show: the live drag pose while a figure is being dragged, else the shown room's. */
export function shownPose(state: ResonansState, id: FigureId): Pose | undefined {
  if (!state.replay && state.drag?.figureId === id) return state.drag.pose;
  return shownRoom(state).figures[id]?.pose;
}

export const selectFigure =
  (id: FigureId) =>
  (state: ResonansState): Figure | undefined =>
    shownRoom(state).figures[id];

export const selectShownPose =
  (id: FigureId) =>
  (state: ResonansState): Pose | undefined =>
    shownPose(state, id);

export const selectOrder = (state: ResonansState) => shownRoom(state).order;

export const selectIsReplay = (state: ResonansState) => state.replay !== null;

/**
 * A session that may not change here: finished, being replayed, or open for editing in
 * another tab. Every edit, gesture and recording action checks this one rule.
 */
export const isFrozen = (state: ResonansState): boolean => state.progress.finished || state.replay !== null || state.readOnly;
