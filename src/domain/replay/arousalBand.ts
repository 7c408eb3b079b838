import type { ArousalMark, ArousalZone } from '../recording/events';
import type { Timeline } from './timeline';

/**
 * Where a value from 0 to 10 lies: 0–3 toward hypo (collapse), 7–10 toward hyper
 * (fight or flight), the calm window between. Zones marked directly stay as marked.
 */
export function arousalZoneOf(mark: ArousalMark): ArousalZone {
  if ('zone' in mark) return mark.zone;
  if (mark.value <= 3) return 'hypo';
  if (mark.value >= 7) return 'hyper';
  return 'calm';
}

/** One stretch of the arousal band: a mark in force from `fromMs` to `toMs` of session time. */
export interface ArousalStretch {
  readonly fromMs: number;
  readonly toMs: number;
  readonly zone: ArousalZone;
  readonly mark: ArousalMark;
}

/**
 * The arousal band: each mark holds until the next one or the end of the recording, and is cut
 * at every break (a pause) so the break shows as a gap in it. Nothing before the first mark:
 * unmarked is not calm.
 */
export function arousalStretches(arousal: Timeline<ArousalMark>, pauses: readonly number[], durationMs: number): ArousalStretch[] {
  const stretches: ArousalStretch[] = [];
  const sortedPauses = [...pauses].sort((a, b) => a - b);
  arousal.values.forEach((mark, i) => {
    const from = arousal.times[i] ?? 0;
    const until = Math.max(from, arousal.times[i + 1] ?? durationMs);
    let start = from;
    for (const pause of sortedPauses) {
      if (pause <= start || pause >= until) continue;
      stretches.push({ fromMs: start, toMs: pause, zone: arousalZoneOf(mark), mark });
      start = pause;
    }
    if (until > start || (until === start && i === arousal.values.length - 1)) {
      stretches.push({ fromMs: start, toMs: until, zone: arousalZoneOf(mark), mark });
    }
  });
  return stretches;
}
