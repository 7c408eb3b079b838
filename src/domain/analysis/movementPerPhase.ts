import type { FigureId } from '../model/ids';
import type { RecordingIndex } from '../replay/recordingIndex';
import { valueAt } from '../replay/timeline';
import { signedTurnDegrees } from './angles';

/** How far one figure moved along the floor and how much it turned, in one phase. */
export interface PhaseMovement {
  readonly metres: number;
  readonly turnedDegrees: number;
}

/**
 * For every figure, the path it walked (metres) and the turning it did (degrees, either way) in
 * each phase, summed over every recorded step. A step counts in the phase in force when it
 * arrives. A figure that never moved has zero in every phase.
 */
export function movementPerPhase(index: RecordingIndex): Map<FigureId, Map<number, PhaseMovement>> {
  const result = new Map<FigureId, Map<number, PhaseMovement>>();
  const phases = new Set(index.phases.values);
  for (const id of index.order) {
    const track = index.tracks.get(id);
    const perPhase = new Map<number, { metres: number; turnedDegrees: number }>();
    for (const phase of phases) perPhase.set(phase, { metres: 0, turnedDegrees: 0 });
    result.set(id, perPhase);
    if (!track) continue;
    const { times, values } = track.poses;
    // Phase lookups walk forward with the samples: a cursor, not a search per step.
    let phaseCursor = 0;
    for (let i = 1; i < values.length; i += 1) {
      const from = values[i - 1];
      const to = values[i];
      const t = times[i] ?? 0;
      if (!from || !to) continue;
      while ((index.phases.times[phaseCursor + 1] ?? Number.POSITIVE_INFINITY) <= t) phaseCursor += 1;
      const phase = index.phases.values[phaseCursor] ?? valueAt(index.phases, t) ?? 0;
      const sum = perPhase.get(phase);
      if (!sum) continue;
      sum.metres += Math.hypot(to.x - from.x, to.z - from.z);
      sum.turnedDegrees += Math.abs(signedTurnDegrees(from.facing, to.facing));
    }
  }
  return result;
}
