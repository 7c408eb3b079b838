/**
 * What a video shows, worked out before a frame is drawn: the stretches of session time it
 * covers (the whole session, or the stretches spent in chosen phases, a phase entered twice
 * giving two stretches) and the session time of every frame. Pure, so it is tested alone.
 */

/** A stretch of session time, in milliseconds, from `fromMs` up to `toMs`. */
export interface Stretch {
  readonly fromMs: number;
  readonly toMs: number;
}

/** Frames per second of a video: smooth enough for figures that glide, few enough to be made quickly. */
export const VIDEO_FRAMES_PER_SECOND = 12;

/** The stretches in the chosen phases, in order of time; neighbouring stretches join into one. */
export function phaseStretches(
  phases: { readonly times: readonly number[]; readonly values: readonly number[] },
  durationMs: number,
  chosen: ReadonlySet<number>,
): Stretch[] {
  const stretches: Stretch[] = [];
  const add = (fromMs: number, toMs: number) => {
    if (toMs <= fromMs) return;
    const last = stretches[stretches.length - 1];
    if (last && last.toMs === fromMs) stretches[stretches.length - 1] = { fromMs: last.fromMs, toMs };
    else stretches.push({ fromMs, toMs });
  };
  // Before the first phase mark the session is in its first phase.
  const firstMark = phases.times[0] ?? durationMs;
  if (chosen.has(0) && firstMark > 0) add(0, Math.min(firstMark, durationMs));
  phases.values.forEach((phase, i) => {
    if (!chosen.has(phase)) return;
    add(Math.min(phases.times[i] ?? durationMs, durationMs), Math.min(phases.times[i + 1] ?? durationMs, durationMs));
  });
  return stretches;
}

/** The session time of each frame, `speed` times faster than the session; every stretch shows at least one frame. */
export function frameTimes(stretches: readonly Stretch[], speed: number, framesPerSecond = VIDEO_FRAMES_PER_SECOND): number[] {
  const stepMs = (speed * 1000) / framesPerSecond;
  const times: number[] = [];
  for (const { fromMs, toMs } of stretches) {
    const frames = Math.max(1, Math.ceil((toMs - fromMs) / stepMs - 1e-9));
    for (let i = 0; i < frames; i += 1) times.push(fromMs + i * stepMs);
  }
  return times;
}

/** How long the video of these stretches lasts, in milliseconds. */
export const videoLengthMs = (stretches: readonly Stretch[], speed: number, framesPerSecond = VIDEO_FRAMES_PER_SECOND) =>
  (frameTimes(stretches, speed, framesPerSecond).length * 1000) / framesPerSecond;
