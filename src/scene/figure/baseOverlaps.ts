import { overlappingBases } from '../../domain/analysis/overlappingBases';
import type { FigureId } from '../../domain/model/ids';
import { shownRoom } from '../../store/selectors';
import type { ResonansState } from '../../store/storeTypes';

let last: { room: unknown; drag: unknown; result: ReadonlySet<FigureId> } | null = null;

/**
 * The figures standing on another's base, in the room as shown (with a drag in progress).
 * Every figure asks on every store change; the answer is worked out once per room.
 */
export function selectOverlappingBases(state: ResonansState): ReadonlySet<FigureId> {
  const room = shownRoom(state);
  const drag = state.replay ? null : state.drag;
  if (last && last.room === room && last.drag === drag) return last.result;
  const moved = drag ? { id: drag.figureId, x: drag.pose.x, z: drag.pose.z } : undefined;
  last = { room, drag, result: overlappingBases(room, moved) };
  return last.result;
}
