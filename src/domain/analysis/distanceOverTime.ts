import type { FigureId } from '../model/ids';
import type { RecordingIndex } from '../replay/recordingIndex';
import { floorCursor } from './trackCursor';

/** One reading of the distance between two figures; `metres` is null while either is out of the room. */
export interface DistanceSample {
  readonly t: number;
  readonly metres: number | null;
}

/** Merges two sorted lists of times into one sorted list without repeats, in one pass. */
function mergeTimes(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Number.POSITIVE_INFINITY;
    const y = b[j] ?? Number.POSITIVE_INFINITY;
    const next = x <= y ? x : y;
    if (x === next) i += 1;
    if (y === next) j += 1;
    if (merged[merged.length - 1] !== next) merged.push(next);
  }
  return merged;
}

/**
 * The floor distance between two figures across the whole session, read at every moment either
 * of them was recorded (each pose sample, arrival, leaving and release), at each change of
 * phase and at the end, so a
 * straight glide between samples is drawn exactly as replay shows it. Released figures count as out of the room.
 */
export function distanceOverTime(index: RecordingIndex, a: FigureId, b: FigureId): DistanceSample[] {
  const first = index.tracks.get(a);
  const second = index.tracks.get(b);
  if (!first || !second) return [];
  // Arrivals, leavings and changes of look are few; the pose samples are many.
  const changes = [
    ...first.presence.times,
    ...second.presence.times,
    ...first.looks.times,
    ...second.looks.times,
    ...index.phases.times,
    index.durationMs,
  ].sort((x, y) => x - y);
  const times = mergeTimes(mergeTimes(first.poses.times, second.poses.times), changes);
  const here = floorCursor(first);
  const there = floorCursor(second);
  return times.map((t) => {
    const from = here(t);
    const to = there(t);
    return { t, metres: from && to ? Math.hypot(from.x - to.x, from.z - to.z) : null };
  });
}
