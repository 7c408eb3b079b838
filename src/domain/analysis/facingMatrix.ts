import type { FigureId } from '../model/ids';
import { facingToward, type Pose } from '../model/pose';
import type { RecordingIndex } from '../replay/recordingIndex';
import { stateAt } from '../replay/stateAt';
import { signedTurnDegrees } from './angles';
import { phaseEnds } from './phaseSpans';

/** Within this many degrees either side, a figure counts as facing another. */
export const DEFAULT_FACING_TOLERANCE_DEGREES = 30;

/** Figures nearer than this stand on one spot: neither has a direction toward the other. */
const ONE_SPOT_METRES = 0.001;

/** How far (degrees, 0–180) the line from `from` to `to` lies off `from`'s facing; undefined when they stand on one spot. */
export function facingOffsetDegrees(from: Pose, to: Pose): number | undefined {
  if (Math.hypot(from.x - to.x, from.z - to.z) < ONE_SPOT_METRES) return undefined;
  return Math.abs(signedTurnDegrees(from.facing, facingToward(from, to)));
}

/** Whether `from` faces `to`: the line to it lies within the tolerance either side of its facing. */
export function faces(from: Pose, to: Pose, toleranceDegrees = DEFAULT_FACING_TOLERANCE_DEGREES): boolean {
  const offset = facingOffsetDegrees(from, to);
  return offset !== undefined && offset <= toleranceDegrees;
}

/** Who faces whom at one moment: the figures in the room, and for each the ones it faces. */
export interface FacingAtPhaseEnd {
  readonly phase: number;
  readonly t: number;
  readonly figures: readonly FigureId[];
  readonly facing: ReadonlyMap<FigureId, ReadonlySet<FigureId>>;
}

/** At the end of each phase (in order of first entry): which figure in the room faces which. */
export function facingAtPhaseEnds(index: RecordingIndex, toleranceDegrees = DEFAULT_FACING_TOLERANCE_DEGREES): FacingAtPhaseEnd[] {
  return phaseEnds(index).map(({ phase, endMs }) => {
    const { room } = stateAt(index, endMs);
    const figures = room.order.filter((id) => room.figures[id]?.released === false);
    const facing = new Map<FigureId, Set<FigureId>>();
    for (const id of figures) {
      const from = room.figures[id];
      const seen = new Set<FigureId>();
      for (const other of figures) {
        const to = room.figures[other];
        if (from && to && other !== id && faces(from.pose, to.pose, toleranceDegrees)) seen.add(other);
      }
      facing.set(id, seen);
    }
    return { phase, t: endMs, figures, facing };
  });
}
