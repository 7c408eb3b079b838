/** The clock and timer a sampler runs on: the browser's, or a test's hand-moved one. */
export interface SamplerTimers {
  now(): number;
  setTimeout(run: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Sampler {
  /** Something changed: send now, or as soon as the interval allows. */
  changed(): void;
  /** The gesture ended: nothing more is sent. */
  stop(): void;
}

/**
 * Sends at most once per interval, and always sends the last change: when a pointer stops
 * between two samples, its resting place is sent one interval later rather than only on
 * release, so a recorded pause stands still in replay instead of gliding.
 */
export function trailingSampler(intervalMs: number, send: () => void, timers: SamplerTimers): Sampler {
  let lastSentAt = Number.NEGATIVE_INFINITY;
  let pending: unknown = null;
  const sendNow = () => {
    pending = null;
    lastSentAt = timers.now();
    send();
  };
  return {
    changed() {
      if (pending !== null) return;
      const wait = lastSentAt + intervalMs - timers.now();
      if (wait <= 0) sendNow();
      else pending = timers.setTimeout(sendNow, wait);
    },
    stop() {
      if (pending !== null) timers.clearTimeout(pending);
      pending = null;
    },
  };
}

export const browserTimers: SamplerTimers = {
  now: () => performance.now(),
  setTimeout: (run, delayMs) => window.setTimeout(run, delayMs),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};
