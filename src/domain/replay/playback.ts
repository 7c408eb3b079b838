/**
 * Plays a recording in time. The frames come from an injected driver (requestAnimationFrame
 * in the browser, a hand-stepped driver in tests), and the clock is injected too, so replay is
 * deterministic under test. The playhead lives here, not in React state: listeners hear it on
 * every frame and decide themselves how often to re-render.
 */
export interface FrameDriver {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

export const PLAYBACK_SPEEDS = [0.25, 0.5, 1, 2, 4, 8] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

export interface PlaybackController {
  readonly durationMs: number;
  time(): number;
  isPlaying(): boolean;
  speed(): PlaybackSpeed;
  play(): void;
  pause(): void;
  seek(t: number): void;
  setSpeed(speed: PlaybackSpeed): void;
  /** Called on every frame while playing and after every seek, pause and play. */
  subscribe(listener: (time: number, playing: boolean) => void): () => void;
  dispose(): void;
}

export interface PlaybackOptions {
  readonly durationMs: number;
  readonly driver: FrameDriver;
  /** A monotonic clock in milliseconds (performance.now in the browser). */
  readonly now: () => number;
  readonly startAt?: number;
}

export function createPlaybackController({ durationMs, driver, now, startAt = 0 }: PlaybackOptions): PlaybackController {
  const clamp = (t: number) => Math.max(0, Math.min(durationMs, Number.isFinite(t) ? t : 0));
  let time = clamp(startAt);
  let playing = false;
  let speed: PlaybackSpeed = 1;
  let lastFrameAt = 0;
  let handle: number | null = null;
  const listeners = new Set<(time: number, playing: boolean) => void>();
  const notify = () => {
    for (const listener of listeners) listener(time, playing);
  };

  const frame = () => {
    handle = null;
    if (!playing) return;
    const at = now();
    time = clamp(time + (at - lastFrameAt) * speed);
    lastFrameAt = at;
    if (time >= durationMs) playing = false;
    notify();
    if (playing) handle = driver.request(frame);
  };

  const stopFrames = () => {
    if (handle !== null) driver.cancel(handle);
    handle = null;
  };

  return {
    durationMs,
    time: () => time,
    isPlaying: () => playing,
    speed: () => speed,
    play() {
      if (playing) return;
      // At the end, play starts again from the beginning.
      if (time >= durationMs) time = 0;
      if (durationMs <= 0) return;
      playing = true;
      lastFrameAt = now();
      notify();
      handle = driver.request(frame);
    },
    pause() {
      if (!playing) return;
      playing = false;
      stopFrames();
      notify();
    },
    seek(t) {
      time = clamp(t);
      lastFrameAt = now();
      notify();
    },
    setSpeed(next) {
      speed = next;
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      playing = false;
      stopFrames();
      listeners.clear();
    },
  };
}
