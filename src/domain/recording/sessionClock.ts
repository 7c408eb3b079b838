import { type EpochMillis, type Millis, millis } from '../model/units';

/**
 * Session time: it runs with the wall clock while recording, stands still while paused, and
 * picks up where it left off when a session is opened again, so neither a break nor the weeks
 * between two sittings are replayed as dead time.
 */
export interface SessionClock {
  /** Session time when the clock last started running (or stopped). */
  readonly baseT: Millis;
  /** Wall time when the clock last started running; null while paused. */
  readonly runningSince: EpochMillis | null;
}

export function startClock(baseT: Millis, wallNow: EpochMillis): SessionClock {
  return { baseT, runningSince: wallNow };
}

export function sessionTime(clock: SessionClock, wallNow: EpochMillis): Millis {
  if (clock.runningSince === null) return clock.baseT;
  return millis(clock.baseT + Math.max(0, wallNow - clock.runningSince));
}

export function pauseClock(clock: SessionClock, wallNow: EpochMillis): SessionClock {
  return { baseT: sessionTime(clock, wallNow), runningSince: null };
}

export function resumeClock(clock: SessionClock, wallNow: EpochMillis): SessionClock {
  return clock.runningSince === null ? { baseT: clock.baseT, runningSince: wallNow } : clock;
}

export const isPaused = (clock: SessionClock): boolean => clock.runningSince === null;
