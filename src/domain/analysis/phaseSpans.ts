import type { RecordingIndex } from '../replay/recordingIndex';

/** One stretch of session time spent in a phase; a phase entered twice has two spans. */
export interface PhaseSpan {
  readonly phase: number;
  readonly startMs: number;
  readonly endMs: number;
}

/** The recording's phases as consecutive spans of time, from 0 to the end of the recording. */
export function phaseSpans(index: RecordingIndex): PhaseSpan[] {
  const { times, values } = index.phases;
  const spans: PhaseSpan[] = [];
  values.forEach((phase, i) => {
    const startMs = times[i] ?? 0;
    const endMs = Math.max(startMs, times[i + 1] ?? index.durationMs);
    const previous = spans[spans.length - 1];
    // A phase event that repeats the phase already in force continues its span.
    if (previous && previous.phase === phase) spans[spans.length - 1] = { ...previous, endMs };
    else if (endMs > startMs || i === values.length - 1) spans.push({ phase, startMs, endMs });
  });
  return spans;
}

/** Each phase's end: the last moment the session was in it, in order of first entry. */
export function phaseEnds(index: RecordingIndex): { phase: number; endMs: number }[] {
  const ends = new Map<number, number>();
  for (const span of phaseSpans(index)) ends.set(span.phase, span.endMs);
  return [...ends.entries()].map(([phase, endMs]) => ({ phase, endMs }));
}
