import type { Figure } from '../domain/model/figure';
import type { FigureId } from '../domain/model/ids';
import type { Pose, Posture } from '../domain/model/pose';
import type { FigureAppearance } from '../domain/recording/events';
import { valueAt } from '../domain/replay/timeline';
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

/**
 * How a figure looks (not where it stands). In replay this is the recording's own appearance
 * object, the same while the figure moves, so what draws it is not drawn again per step.
 */
export const selectShownLook =
  (id: FigureId) =>
  (state: ResonansState): FigureAppearance | undefined => {
    const replay = state.replay;
    if (!replay) return state.room.figures[id];
    const track = replay.index.tracks.get(id);
    return track && replay.state.room.figures[id] ? valueAt(track.looks, replay.t) : undefined;
  };

/** The posture to show: in replay it changes far less often than the pose. */
export const selectShownPosture =
  (id: FigureId) =>
  (state: ResonansState): Posture | undefined =>
    shownPose(state, id)?.posture;

export const selectOrder = (state: ResonansState) => shownRoom(state).order;

export const selectIsReplay = (state: ResonansState) => state.replay !== null;

/**
 * A session that may not change here: finished, being replayed, or open for editing in
 * another tab. Every edit, gesture and recording action checks this one rule.
 */
export const isFrozen = (state: ResonansState): boolean => state.progress.finished || state.replay !== null || state.readOnly;
