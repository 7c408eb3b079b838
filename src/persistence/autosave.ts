import type { RoomState } from '../domain/model/roomState';
import type { SessionInfo } from '../domain/model/session';
import type { EpochMillis } from '../domain/model/units';
import type { Recording } from '../domain/recording/recording';
import type { ResonansStore } from '../store/createStore';
import type { SessionRepository } from './sessionRepository';

export interface AutosaveOptions {
  /** How long the room must be quiet before it is written; a drag never writes until it ends. */
  readonly delayMs: number;
  /** The longest a change waits, however busy the room: a closed tab loses at most this much. */
  readonly maxWaitMs?: number;
  readonly now: () => EpochMillis;
  readonly describeError: (error: unknown) => string;
}

export interface Autosave {
  /** Writes what is pending now (on pagehide, before leaving a session). */
  flush(): Promise<void>;
  stop(): void;
}

interface Kept {
  info: SessionInfo | null;
  room: RoomState | null;
  recording: Recording | null;
  events: number;
}

/**
 * Saves the open session a moment after each change, and at least once a second while the
 * recording grows. Only new events are written; the room is written whole (it is small).
 */
export function startAutosave(store: ResonansStore, repository: SessionRepository, options: AutosaveOptions): Autosave {
  const maxWaitMs = options.maxWaitMs ?? 1000;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pendingSince: number | null = null;
  let kept: Kept = { info: null, room: null, recording: null, events: 0 };
  let writing: Promise<void> = Promise.resolve();

  const isKept = (info: SessionInfo, room: RoomState, recording: Recording | null, events: number) =>
    info === kept.info && room === kept.room && recording === kept.recording && events === kept.events;

  /** Writes the state as it is at the moment of the call, after any write already under way. */
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pendingSince = null;
    const { session, room, recording, recordedCount } = store.getState();
    if (!session || !recording) return writing;
    if (isKept(session, room, recording, recordedCount)) {
      // Undone back to what is already kept: nothing to write, and nothing pending either.
      writing = writing.then(() => {
        const current = store.getState();
        if (current.saveStatus === 'saving' && current.session === session && current.room === room) current.setSaveStatus('saved');
      });
      return writing;
    }
    const already = kept.recording === recording ? kept.events : 0;
    const previous = kept;
    kept = { info: session, room, recording, events: recordedCount };
    // The recording only grows: a copy of its length now is what this write holds.
    const snapshot = { info: session, room, recording: { initialRoom: recording.initialRoom, events: recording.events.slice(0, recordedCount) } };
    writing = writing.then(async () => {
      store.getState().setSaveStatus('saving');
      try {
        await repository.save(snapshot, options.now(), already);
        const current = store.getState();
        if (isKept(current.session ?? session, current.room, current.recording, current.recordedCount)) current.setSaveStatus('saved');
      } catch (error) {
        // Try again with the next change; everything stays in memory meanwhile.
        if (kept.info === session && kept.room === room && kept.events === recordedCount)
          kept = previous.recording === recording ? previous : { ...previous, events: 0 };
        store.getState().setSaveStatus('failed', options.describeError(error));
      }
    });
    return writing;
  };

  const schedule = () => {
    const now = Date.now();
    pendingSince ??= now;
    if (timer !== null) clearTimeout(timer);
    const wait = Math.max(0, Math.min(options.delayMs, pendingSince + maxWaitMs - now));
    timer = setTimeout(() => void flush(), wait);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (!state.session) return;
    if (state.session.id !== previous.session?.id) {
      // A session just opened from storage is already saved as it is.
      kept = { info: state.session, room: state.room, recording: state.recording, events: state.recordedCount };
      state.setSaveStatus('saved');
      return;
    }
    if (state.room === previous.room && state.session === previous.session && state.recordedCount === previous.recordedCount) return;
    // Said at once, so nobody closes the tab believing a change is kept before it is.
    if (state.saveStatus !== 'saving') state.setSaveStatus('saving');
    schedule();
  });

  return {
    flush,
    stop() {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    },
  };
}
