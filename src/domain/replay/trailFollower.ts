import type { FigureTrack } from './recordingIndex';
import { newCursor, type TimeCursor } from './cursor';
import { poseAt, poseAtCursor } from './stateAt';
import { firstIndexAfter } from './timeline';

/** Where a trail's points go: fixed points in order, and the moving tip at the playhead. */
export interface TrailSink {
  /** Forget every point: the trail starts again. */
  clear(): void;
  /** A point the trail keeps from now on. */
  add(x: number, z: number): void;
  /** Where the figure stands at the playhead, drawn after the last kept point, or null when it stands on it. */
  tip(x: number, z: number): void;
  noTip(): void;
}

/**
 * A figure's trail from the start of a phase up to the playhead, grown as the playhead moves
 * forward: only the samples passed since the last frame are added. A step back or another
 * phase start builds it again from the phase's start. The points are those `trailPoints`
 * gives, without thinning.
 */
export interface TrailFollower {
  fromT: number;
  t: number;
  /** The first pose sample not yet added. */
  next: number;
  /** The last point added, to leave out a point where the figure did not move. */
  lastX: number;
  lastZ: number;
  hasPoint: boolean;
  /** Whether the pose at the phase's start is in (the trail begins once the playhead is past it). */
  started: boolean;
  readonly cursor: TimeCursor;
}

export const newTrailFollower = (): TrailFollower => ({
  fromT: Number.NaN,
  t: Number.NaN,
  next: 0,
  lastX: 0,
  lastZ: 0,
  hasPoint: false,
  started: false,
  cursor: newCursor(),
});

/** Moves the trail of `track` to the phase starting at `fromT` and the playhead `t`, telling `sink` what changed. */
export function followTrail(follower: TrailFollower, track: FigureTrack, fromT: number, t: number, sink: TrailSink): void {
  const { times, values } = track.poses;
  if (fromT !== follower.fromT || !(t >= follower.t)) {
    follower.fromT = fromT;
    follower.hasPoint = false;
    follower.started = false;
    sink.clear();
    follower.next = firstIndexAfter(times, fromT);
  }
  follower.t = t;
  if (t <= fromT) {
    sink.noTip();
    return;
  }
  if (!follower.started) {
    follower.started = true;
    const start = poseAt(track, fromT);
    if (start) keep(follower, sink, start.x, start.z);
  }
  for (let sample = values[follower.next]; sample && (times[follower.next] ?? Number.POSITIVE_INFINITY) <= t; sample = values[follower.next]) {
    keep(follower, sink, sample.x, sample.z);
    follower.next += 1;
  }
  const end = poseAtCursor(track, t, follower.cursor);
  // Every sample up to t is kept, so the figure stands on a kept point or glides away from one.
  if (end && follower.hasPoint && (end.x !== follower.lastX || end.z !== follower.lastZ)) sink.tip(end.x, end.z);
  else sink.noTip();
}

function keep(follower: TrailFollower, sink: TrailSink, x: number, z: number): void {
  // Standing still makes no trail.
  if (follower.hasPoint && x === follower.lastX && z === follower.lastZ) return;
  sink.add(x, z);
  follower.lastX = x;
  follower.lastZ = z;
  follower.hasPoint = true;
}
