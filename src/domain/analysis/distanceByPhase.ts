import type { DistanceSample } from './distanceOverTime';
import type { PhaseSpan } from './phaseSpans';

/** The distance at a phase's start and end and the smallest and largest in between; null while a figure was out of the room. */
export interface PhaseDistance {
  readonly span: PhaseSpan;
  readonly atStart: number | null;
  readonly atEnd: number | null;
  readonly smallest: number | null;
  readonly largest: number | null;
}

/** Sums up a distance series phase by phase; the series must hold each span's start and end (distanceOverTime does). */
export function distanceByPhase(samples: readonly DistanceSample[], spans: readonly PhaseSpan[]): PhaseDistance[] {
  let cursor = 0;
  return spans.map((span) => {
    while ((samples[cursor + 1]?.t ?? Number.POSITIVE_INFINITY) <= span.startMs) cursor += 1;
    let atStart: number | null = null;
    let atEnd: number | null = null;
    let smallest: number | null = null;
    let largest: number | null = null;
    for (let i = cursor; i < samples.length; i += 1) {
      const sample = samples[i];
      if (!sample || sample.t > span.endMs) break;
      if (sample.t < span.startMs) continue;
      if (sample.t === span.startMs) atStart = sample.metres;
      // The last reading at the end's time is the one in force as the phase hands over.
      if (sample.t <= span.endMs) atEnd = sample.metres;
      if (sample.metres === null) continue;
      smallest = smallest === null ? sample.metres : Math.min(smallest, sample.metres);
      largest = largest === null ? sample.metres : Math.max(largest, sample.metres);
    }
    return { span, atStart, atEnd, smallest, largest };
  });
}
