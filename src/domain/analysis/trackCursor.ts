import type { FigureTrack } from '../replay/recordingIndex';
import type { Timeline } from '../replay/timeline';

/**
 * Reads a timeline at rising times by walking forward from the last answer: a whole session's
 * samples cost one pass, not a search each. Times must not go back.
 */
export function timelineCursor<T>(timeline: Timeline<T>): { index: (t: number) => number; value: (t: number) => T | undefined } {
  let at = -1;
  const index = (t: number) => {
    while ((timeline.times[at + 1] ?? Number.POSITIVE_INFINITY) <= t) at += 1;
    return at;
  };
  return { index, value: (t) => timeline.values[index(t)] };
}

/**
 * Where a figure stands on the floor at rising times, gliding between the samples of one
 * movement exactly as replay's poseAt does (src/domain/replay/stateAt.ts), and whether it is in
 * the room (present and not released).
 */
export function floorCursor(track: FigureTrack): (t: number) => { x: number; z: number } | undefined {
  const poses = timelineCursor(track.poses);
  const presence = timelineCursor(track.presence);
  const looks = timelineCursor(track.looks);
  return (t) => {
    if (presence.value(t) !== true || looks.value(t)?.released !== false) return undefined;
    const i = poses.index(t);
    const from = track.poses.values[i];
    if (!from) return undefined;
    const to = track.poses.values[i + 1];
    const fromT = track.poses.times[i] ?? t;
    const toT = track.poses.times[i + 1] ?? t;
    if (!to || !track.joined[i + 1] || toT <= t || toT === fromT) return from;
    const f = (t - fromT) / (toT - fromT);
    return { x: from.x + (to.x - from.x) * f, z: from.z + (to.z - from.z) * f };
  };
}
