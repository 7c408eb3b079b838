import type { RoomState } from '../domain/model/roomState';
import type { SessionInfo } from '../domain/model/session';
import type { EpochMillis } from '../domain/model/units';
import type { ResonansStore } from '../store/createStore';
import type { SessionRepository } from './sessionRepository';

export interface AutosaveOptions {
  /** How long the room must be quiet before it is written; a drag never writes until it ends. */
  readonly delayMs: number;
  readonly now: () => EpochMillis;
  readonly describeError: (error: unknown) => string;
}

export interface Autosave {
  /** Writes what is pending now (on pagehide, before leaving a session). */
  flush(): Promise<void>;
  stop(): void;
}

/**
 * Saves the open session a moment after each change. Writes happen off the gesture path:
 * a drag only changes the preview, and the room changes once when the drag ends.
 */
export function startAutosave(store: ResonansStore, repository: SessionRepository, options: AutosaveOptions): Autosave {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let savedRoom: RoomState | null = null;
  let savedInfo: SessionInfo | null = null;
  let writing: Promise<void> = Promise.resolve();

  /** Writes the state as it is at the moment of the call, after any write already under way. */
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const { session, room } = store.getState();
    if (!session) return writing;
    if (session === savedInfo && room === savedRoom) {
      // Undone back to what is already kept: nothing to write, and nothing pending either.
      writing = writing.then(() => {
        const current = store.getState();
        if (current.saveStatus === 'saving' && current.session === session && current.room === room) current.setSaveStatus('saved');
      });
      return writing;
    }
    savedInfo = session;
    savedRoom = room;
    writing = writing.then(async () => {
      store.getState().setSaveStatus('saving');
      try {
        await repository.save({ info: session, room }, options.now());
        const current = store.getState();
        if (current.session === session && current.room === room) current.setSaveStatus('saved');
      } catch (error) {
        // Try again with the next change; the room stays in memory meanwhile.
        savedInfo = null;
        savedRoom = null;
        store.getState().setSaveStatus('failed', options.describeError(error));
      }
    });
    return writing;
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (!state.session) return;
    if (state.session !== previous.session && state.session.id !== previous.session?.id) {
      // A session just opened from storage is already saved as it is.
      savedInfo = state.session;
      savedRoom = state.room;
      state.setSaveStatus('saved');
      return;
    }
    if (state.room === previous.room && state.session === previous.session) return;
    if (timer !== null) clearTimeout(timer);
    // Said at once, so nobody closes the tab believing a change is kept before it is.
    if (state.saveStatus !== 'saving') state.setSaveStatus('saving');
    timer = setTimeout(() => void flush(), options.delayMs);
  });

  return {
    flush,
    stop() {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    },
  };
}
