import { shownLabels } from '../../diagram/diagramLabels';
import type { DiagramShapes } from '../../diagram/diagramShapes';
import type { MeasureText } from '../../diagram/labelText';
import { topViewDiagram } from '../../diagram/topViewDiagram';
import type { FigureId } from '../../domain/model/ids';
import { createPose } from '../../domain/model/pose';
import type { RoomState } from '../../domain/model/roomState';
import { phaseEnd, stateAt } from '../../domain/replay/stateAt';
import { lastIndexAtOrBefore } from '../../domain/replay/timeline';
import { trailPoints } from '../../domain/replay/trail';
import { RELEASE_FADE_MS } from '../../scene/figure/opacity';
import { isFrozen } from '../../store/selectors';
import type { ReplayView, ResonansState } from '../../store/storeTypes';

/** A figure's pose while a finger or mouse holds it, ahead of the store's 20 Hz samples. */
export interface HeldPose {
  readonly id: FigureId;
  readonly x: number;
  readonly z: number;
  readonly facing: number;
}

export interface BoardPictureInput {
  readonly state: ResonansState;
  readonly widthPx: number;
  readonly heightPx: number;
  /** In replay, the playback's own time: it moves every frame, the store's only ten times a second. */
  readonly playheadMs?: number | null;
  readonly held?: HeldPose | null;
  /** "Element n" in the reader's language, for covert mode. */
  readonly covertName: (number: number) => string;
  readonly measureText?: MeasureText;
  /** For a saved picture: the room without the board's tools (the turn handle). */
  readonly forPicture?: boolean;
}

/**
 * What the 2D board shows, from the same store the 3D room reads: the room as it stands (with a
 * figure being dragged where the pointer holds it) and, where it may change, the selected
 * figure's handle; in replay the room at the playhead, its trails, its ghosts and the fading of
 * a released figure, as the 3D room's replay shows them.
 */
export function boardPicture(input: BoardPictureInput): DiagramShapes {
  const { state } = input;
  const size = { widthPx: input.widthPx, heightPx: input.heightPx, ...(input.measureText ? { measureText: input.measureText } : {}) };
  if (state.replay) return replayPicture(state, state.replay, input.playheadMs ?? state.replay.t, size, input.covertName);
  const held = input.held ?? (state.drag ? { id: state.drag.figureId, ...state.drag.pose } : null);
  const room = held ? withPose(state.room, held) : state.room;
  return topViewDiagram({
    room,
    labels: shownLabels({ room, covert: state.covert, session: state.session, covertName: input.covertName }),
    released: 'hidden',
    selectedId: state.selectedFigureId,
    turnHandle: !input.forPicture && !isFrozen(state),
    ...size,
  });
}

function replayPicture(
  state: ResonansState,
  replay: ReplayView,
  t: number,
  size: { widthPx: number; heightPx: number; measureText?: MeasureText },
  covertName: (number: number) => string,
): DiagramShapes {
  const { index } = replay;
  const { room, releasedAt } = stateAt(index, t);
  const opacity = new Map([...releasedAt].map(([id, at]) => [id, Math.max(0, 1 - (t - at) / RELEASE_FADE_MS)]));
  const phaseStart = index.phases.times[lastIndexAtOrBefore(index.phases.times, t)] ?? 0;
  const trails = replay.trails
    ? new Map(
        room.order.flatMap((id) => {
          const track = index.tracks.get(id);
          return track ? [[id, trailPoints(track, phaseStart, t)] as const] : [];
        }),
      )
    : undefined;
  const ghostEnd = replay.ghostPhase === null ? undefined : phaseEnd(index, replay.ghostPhase);
  return topViewDiagram({
    room,
    labels: shownLabels({ room, covert: state.covert, session: state.session, covertName }),
    released: 'hidden',
    opacity,
    ...(trails ? { trails } : {}),
    ...(ghostEnd === undefined ? {} : { ghosts: stateAt(index, ghostEnd).room }),
    ...size,
  });
}

function withPose(room: RoomState, held: HeldPose): RoomState {
  const figure = room.figures[held.id];
  if (!figure) return room;
  return { ...room, figures: { ...room.figures, [held.id]: { ...figure, pose: createPose(held.x, held.z, held.facing, figure.pose.posture) } } };
}
