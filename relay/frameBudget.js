// @ts-check

/**
 * A token bucket per socket: `perSecond` frames a second sustained, up to `burst` at once.
 * A figure dragged at 20 Hz uses a third of the default; a runaway or hostile client is cut off
 * without disconnecting it, so the room goes on once it calms down.
 *
 * @param {{ perSecond: number; burst: number; now: () => number }} options now in milliseconds
 */
export function createFrameBudget({ perSecond, burst, now }) {
  let tokens = burst;
  let lastMs = now();
  return {
    /** Spends one frame's token; false when the socket is over its rate. */
    take() {
      const nowMs = now();
      tokens = Math.min(burst, tokens + (Math.max(0, nowMs - lastMs) * perSecond) / 1000);
      lastMs = nowMs;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

/**
 * Says yes at most once per `everyMs`, so a limited sender is told without being flooded.
 *
 * @param {{ everyMs: number; now: () => number }} options
 */
export function createThrottle({ everyMs, now }) {
  let lastMs = -Infinity;
  return {
    due() {
      const nowMs = now();
      if (nowMs - lastMs < everyMs) return false;
      lastMs = nowMs;
      return true;
    },
  };
}
