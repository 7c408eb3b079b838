import type { FigureId } from '../model/ids';
import type { PhaseTemplateId } from '../model/phaseTemplate';
import type { RecordingIndex } from '../replay/recordingIndex';
import { distanceOverTime, type DistanceSample } from './distanceOverTime';
import { DEFAULT_FACING_TOLERANCE_DEGREES, type FacingAtPhaseEnd, facingAtPhaseEnds } from './facingMatrix';
import { type FirstMove, firstMovesInWordless } from './firstMoves';
import { movementPerPhase, type PhaseMovement } from './movementPerPhase';
import { type PhaseSpan, phaseSpans } from './phaseSpans';

export interface FigurePair {
  readonly a: FigureId;
  readonly b: FigureId;
}

/** Every measure of one recording; pure numbers, no reading of what they mean. */
export interface RecordingAnalysis {
  readonly spans: readonly PhaseSpan[];
  readonly distances: readonly { readonly pair: FigurePair; readonly samples: readonly DistanceSample[] }[];
  readonly facing: readonly FacingAtPhaseEnd[];
  readonly toleranceDegrees: number;
  readonly movement: ReadonlyMap<FigureId, ReadonlyMap<number, PhaseMovement>>;
  readonly firstMoves: readonly FirstMove[];
}

export function analyseRecording(
  index: RecordingIndex,
  template: PhaseTemplateId,
  pairs: readonly FigurePair[],
  toleranceDegrees = DEFAULT_FACING_TOLERANCE_DEGREES,
): RecordingAnalysis {
  return {
    spans: phaseSpans(index),
    distances: pairs.map((pair) => ({ pair, samples: distanceOverTime(index, pair.a, pair.b) })),
    facing: facingAtPhaseEnds(index, toleranceDegrees),
    toleranceDegrees,
    movement: movementPerPhase(index),
    firstMoves: firstMovesInWordless(index, template),
  };
}
