import type { FigureId } from '../model/ids';
import { PHASE_TEMPLATES, type PhaseTemplateId } from '../model/phaseTemplate';
import type { RecordingIndex } from '../replay/recordingIndex';
import { firstIndexAfter } from '../replay/timeline';
import { phaseSpans } from './phaseSpans';

/** When a figure first moved in the wordless phase, from the phase's start; null when it never moved there. */
export interface FirstMove {
  readonly figureId: FigureId;
  readonly t: number | null;
  readonly afterStartMs: number | null;
}

/** The IoPT wordless phase (phase 3) by its index in the template, or undefined for other templates. */
export function wordlessPhase(template: PhaseTemplateId): number | undefined {
  if (template !== 'iopt') return undefined;
  const phase = PHASE_TEMPLATES.iopt.indexOf('wordless');
  return phase < 0 ? undefined : phase;
}

/**
 * For each figure, the first moment in the wordless phase (its first span) at which it moved or
 * turned. Empty when the session has no wordless phase or never entered it.
 */
export function firstMovesInWordless(index: RecordingIndex, template: PhaseTemplateId): FirstMove[] {
  const phase = wordlessPhase(template);
  const span = phaseSpans(index).find((candidate) => candidate.phase === phase);
  if (phase === undefined || !span) return [];
  return index.order.map((figureId) => {
    const track = index.tracks.get(figureId);
    if (!track) return { figureId, t: null, afterStartMs: null };
    const { times, values } = track.poses;
    for (let i = firstIndexAfter(times, span.startMs); i < times.length; i += 1) {
      const t = times[i] ?? Number.POSITIVE_INFINITY;
      if (t > span.endMs) break;
      const from = values[i - 1];
      const to = values[i];
      if (from && to && (from.x !== to.x || from.z !== to.z || from.facing !== to.facing)) return { figureId, t, afterStartMs: t - span.startMs };
    }
    return { figureId, t: null, afterStartMs: null };
  });
}
