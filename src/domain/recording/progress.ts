import type { FigureId } from '../model/ids';
import { type MethodProgress, methodProgressOf, NEW_METHOD_PROGRESS } from '../method/methodProgress';
import { indexRecording } from '../replay/recordingIndex';
import { stateAt } from '../replay/stateAt';
import type { ArousalMark } from './events';
import { isFinished, type Recording, recordingEnd } from './recording';

/** Where a session stands: its phase and what has been written and marked so far. */
export interface SessionProgress {
  readonly phase: number;
  readonly notes: Readonly<Record<number, string>>;
  readonly statements: Readonly<Record<FigureId, string>>;
  readonly sharingOrder: readonly FigureId[];
  readonly arousal: ArousalMark | null;
  readonly finished: boolean;
  /** One-to-one resonance, who moves each figure, and the phase and RTT marks. */
  readonly method: MethodProgress;
}

export const NEW_PROGRESS: SessionProgress = {
  phase: 0,
  notes: {},
  statements: {},
  sharingOrder: [],
  arousal: null,
  finished: false,
  method: NEW_METHOD_PROGRESS,
};

/** Reads the progress back from a recording, as it stood at its end. */
export function progressOf(recording: Recording): SessionProgress {
  const end = stateAt(indexRecording(recording), recordingEnd(recording));
  return {
    phase: end.phase,
    notes: Object.fromEntries(end.notes),
    statements: Object.fromEntries(end.statements) as Record<FigureId, string>,
    sharingOrder: end.sharingOrder,
    arousal: end.arousal ?? null,
    finished: isFinished(recording),
    method: methodProgressOf(recording.events),
  };
}
