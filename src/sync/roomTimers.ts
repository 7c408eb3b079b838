/**
 * The clock of a live room: heartbeats go out and a silent peer is noticed by these. Injected, so
 * tests run without waiting and without timers left behind.
 */
export interface RoomTimers {
  readonly now: () => number;
  /** Calls `tick` every `ms`; the returned function stops it. */
  readonly every: (ms: number, tick: () => void) => () => void;
}

export const browserTimers: RoomTimers = {
  now: () => Date.now(),
  every: (ms, tick) => {
    const id = setInterval(tick, ms);
    return () => clearInterval(id);
  },
};

/** A heartbeat every five seconds; three missed in a row mean the link is gone, even if the relay has not said so. */
export const HEARTBEAT_MS = 5000;
export const SILENCE_MS = 15_000;
