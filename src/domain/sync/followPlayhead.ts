import { PLAYBACK_SPEEDS, type PlaybackSpeed } from '../replay/playback';

/**
 * Supervision at a distance: the supervisor's replay runs on its own clock, so figures move
 * smoothly between the therapist's playhead messages (a few a second), and is put back on the
 * therapist's playhead whenever they part. A small drift while both play is left alone, so the
 * picture does not jerk back by the message's travel time ten times a second.
 */

/** Where a replay stands, in session milliseconds. */
export interface Playhead {
  readonly t: number;
  readonly playing: boolean;
  readonly speed: number;
}

/** How far, in wall-clock milliseconds of playing, the supervisor's playhead may run apart before it is put back. */
export const FOLLOW_DRIFT_MS = 250;

/** What the supervisor's playback does to follow: seek (or not), play or pause, at which speed. */
export interface Following {
  readonly seekTo: number | null;
  readonly playing: boolean;
  readonly speed: PlaybackSpeed;
}

const isSpeed = (speed: number): speed is PlaybackSpeed => (PLAYBACK_SPEEDS as readonly number[]).includes(speed);

export function followPlayhead(own: Playhead, therapist: Playhead): Following {
  const speed = isSpeed(therapist.speed) ? therapist.speed : 1;
  const t = Number.isFinite(therapist.t) ? Math.max(0, therapist.t) : 0;
  // Paused, both show the very same moment; playing, the drift allowed grows with the speed.
  const allowed = therapist.playing && own.playing ? FOLLOW_DRIFT_MS * speed : 0;
  const seekTo = Math.abs(own.t - t) > allowed ? t : null;
  return { seekTo, playing: therapist.playing, speed };
}
