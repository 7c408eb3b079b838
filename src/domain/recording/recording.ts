import type { RoomState } from '../model/roomState';
import type { Millis } from '../model/units';
import { millis } from '../model/units';
import type { RecordedEvent } from './events';

/**
 * The timed history of a session: the room as it stood at time 0 and every change since, in
 * order of time. It is only ever appended to; undo is a change like any other.
 */
export interface Recording {
  readonly initialRoom: RoomState;
  readonly events: readonly RecordedEvent[];
}

export function createRecording(initialRoom: RoomState): Recording {
  return { initialRoom, events: [] };
}

/** The session time of the last event, or 0. */
export function recordingEnd(recording: Recording): Millis {
  const last = recording.events[recording.events.length - 1];
  return last ? last.t : millis(0);
}

export function isFinished(recording: Recording): boolean {
  return recording.events.some((event) => event.type === 'finished');
}

/** The phase the session is in at its end: the last phase event, or the first phase. */
export function currentPhase(recording: Recording): number {
  for (let i = recording.events.length - 1; i >= 0; i -= 1) {
    const event = recording.events[i];
    if (event?.type === 'phase') return event.phase;
  }
  return 0;
}

/** The first event with an earlier time than the one before it, or -1 when every event keeps its order of time. */
export function firstOutOfTimeOrder(events: readonly { readonly t: number }[]): number {
  for (let i = 1; i < events.length; i += 1) {
    if ((events[i]?.t ?? 0) < (events[i - 1]?.t ?? 0)) return i;
  }
  return -1;
}

/** Events keep their order of time: a later event never has an earlier time. */
export const isInTimeOrder = (events: readonly RecordedEvent[]): boolean => firstOutOfTimeOrder(events) < 0;
