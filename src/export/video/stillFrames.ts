import type { RecordingIndex } from '../../domain/replay/recordingIndex';
import { firstIndexAfter } from '../../domain/replay/timeline';

/**
 * Whether the room may look different at `toMs` than it did at `fromMs`: a pose sample, a
 * look (name, colour, release), a figure arriving or leaving, or a phase change in between,
 * or a movement gliding across the whole stretch. Figures stand still most of a session, so a
 * video draws the room again only where this is true and otherwise reuses the last picture
 * (with a new caption). `settleMs` covers what goes on after a change by itself, such as a
 * released figure fading.
 */
export function roomChangedBetween(index: RecordingIndex, fromMs: number, toMs: number, settleMs: number): boolean {
  const changeIn = (times: readonly number[], from: number) => (times[firstIndexAfter(times, from)] ?? Number.POSITIVE_INFINITY) <= toMs;
  if (changeIn(index.phases.times, fromMs)) return true;
  for (const track of index.tracks.values()) {
    if (changeIn(track.looks.times, fromMs - settleMs) || changeIn(track.presence.times, fromMs - settleMs)) return true;
    const next = firstIndexAfter(track.poses.times, fromMs);
    if ((track.poses.times[next] ?? Number.POSITIVE_INFINITY) <= toMs) return true;
    // The next sample continues a movement that began before: the figure glides across the stretch.
    if (next > 0 && next < track.poses.times.length && track.joined[next]) return true;
  }
  return false;
}
