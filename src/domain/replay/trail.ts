import type { FigureTrack } from './recordingIndex';
import { poseAt } from './stateAt';
import { firstIndexAfter, lastIndexAtOrBefore } from './timeline';

/** At most this many points per trail: a long phase is thinned evenly, its ends kept. */
export const MAX_TRAIL_POINTS = 400;

/** Where a figure went between two times, as floor points: the samples between, and its poses at both ends. */
export function trailPoints(track: FigureTrack, fromT: number, toT: number): { x: number; z: number }[] {
  if (toT <= fromT) return [];
  const start = poseAt(track, fromT);
  const end = poseAt(track, toT);
  const first = firstIndexAfter(track.poses.times, fromT);
  const last = lastIndexAtOrBefore(track.poses.times, toT);
  const inner = track.poses.values.slice(first, last + 1);
  const step = Math.max(1, Math.ceil(inner.length / (MAX_TRAIL_POINTS - 2)));
  const thinned = inner.filter((_, i) => i % step === 0);
  const points = [start, ...thinned, end].flatMap((pose) => (pose ? [{ x: pose.x, z: pose.z }] : []));
  // Standing still makes no trail.
  return points.filter((point, i) => i === 0 || point.x !== points[i - 1]?.x || point.z !== points[i - 1]?.z);
}
