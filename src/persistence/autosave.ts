import type { RoomState } from '../domain/model/roomState';
import type { SessionInfo } from '../domain/model/session';
import type { EpochMillis } from '../domain/model/units';
import type { Recording } from '../domain/recording/recording';
import type { ResonansStore } from '../store/createStore';
import type { Journal } from './journal';
import { type SessionRepository, StoredLengthMismatch } from './sessionRepository';

export interface AutosaveOptions {
  /** How long the room must be quiet before it is written; a drag never writes until it ends. */
  readonly delayMs: number;
  /** The longest a change waits, however busy the room. */
  readonly maxWaitMs?: number;
  /** The first wait before a failed write is tried again; it doubles up to `retryMaxMs`. */
  readonly retryFirstMs?: number;
  readonly retryMaxMs?: number;
  readonly now: () => EpochMillis;
  readonly describeError: (error: unknown) => string;
  /** Keeps what IndexedDB has not yet committed, synchronously, so a closed tab loses nothing. */
  readonly journal?: Journal;
}

export interface Autosave {
  /** Writes what is pending now; resolves when storage holds it or the write failed. */
  flush(): Promise<void>;
  /** Writes the journal at once (on pagehide and when the tab is hidden), then starts a write. */
  keepNow(): void;
  /** Tells autosave what storage holds of the session just opened, when less than was opened (a folded journal, a damaged store). */
  opened(stored: { readonly events: number; readonly room: RoomState | null }): void;
  stop(): void;
}

/** What storage is known to hold of one recording: only a committed write changes it. */
interface Committed {
  readonly info: SessionInfo | null;
  readonly room: RoomState | null;
  readonly events: number;
}

/** The session as it stood when a write was asked for. Events are appended in place, so a count marks the moment. */
interface Snapshot {
  readonly info: SessionInfo;
  readonly room: RoomState;
  readonly recording: Recording;
  readonly count: number;
}

/**
 * Saves the open session a moment after each change, and at least once a second while the
 * recording grows. Writes run one at a time; each appends the events after those storage is known
 * to hold, decided when the write starts, so a failed write can never leave a hole. A failed write
 * is tried again with a growing pause until it succeeds; meanwhile the journal keeps the tail.
 */
export function startAutosave(store: ResonansStore, repository: SessionRepository, options: AutosaveOptions): Autosave {
  const maxWaitMs = options.maxWaitMs ?? 1000;
  const retryFirstMs = options.retryFirstMs ?? 1000;
  const retryMaxMs = options.retryMaxMs ?? 30_000;
  const journal = options.journal;
  const committedOf = new WeakMap<Recording, Committed>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let pendingSince: number | null = null;
  let failures = 0;
  let pending: Snapshot | null = null;
  let running: Promise<void> | null = null;
  let journalQueued = false;
  /** A journal the storage refused is not tried again until a write shortens the tail. */
  let journalRefused = false;
  let stopped = false;

  const committed = (recording: Recording): Committed => committedOf.get(recording) ?? { info: null, room: null, events: 0 };
  const holds = (snapshot: Snapshot) => {
    const kept = committed(snapshot.recording);
    return kept.info === snapshot.info && kept.room === snapshot.room && kept.events === snapshot.count;
  };
  const current = (): Snapshot | null => {
    const { session, room, recording, recordedCount } = store.getState();
    return session && recording ? { info: session, room, recording, count: recordedCount } : null;
  };

  const writeJournal = () => {
    journalQueued = false;
    const now = current();
    if (!journal || !now || store.getState().readOnly) return;
    const { drafts } = store.getState();
    const typing = Object.keys(drafts.notes).length > 0 || Object.keys(drafts.statements).length > 0;
    if (holds(now) && !typing) {
      journal.clear(now.info.id);
      journalRefused = false;
      return;
    }
    if (journalRefused) return;
    const from = committed(now.recording).events;
    const anchor = now.recording.events[from - 1] ?? null;
    const written = journal.write({ sessionId: now.info.id, from, anchor, events: now.recording.events.slice(from, now.count), room: now.room, drafts });
    journalRefused = !written;
  };
  /** Several store changes of one gesture make one journal write, still before the next paint. */
  const queueJournal = () => {
    if (journalQueued || !journal) return;
    journalQueued = true;
    queueMicrotask(writeJournal);
  };

  const showSaved = () => {
    const now = current();
    store.getState().setSaveStatus(now && holds(now) ? 'saved' : 'saving');
  };

  const attempt = async (snapshot: Snapshot): Promise<boolean> => {
    for (;;) {
      if (holds(snapshot)) return true;
      const kept = committed(snapshot.recording);
      const already = Math.min(kept.events, snapshot.count);
      try {
        const recording = { initialRoom: snapshot.recording.initialRoom, events: snapshot.recording.events.slice(0, snapshot.count) };
        await repository.save({ info: snapshot.info, room: snapshot.room, recording }, options.now(), already);
        committedOf.set(snapshot.recording, { info: snapshot.info, room: snapshot.room, events: snapshot.count });
        journalRefused = false;
        return true;
      } catch (error) {
        // Storage holds something else than was thought: write the whole recording anew, at once.
        if (error instanceof StoredLengthMismatch && already > 0) {
          committedOf.set(snapshot.recording, { ...kept, events: 0 });
          continue;
        }
        store.getState().setSaveStatus('failed', options.describeError(error));
        return false;
      }
    }
  };

  const scheduleRetry = () => {
    if (stopped) return;
    if (retryTimer !== null) clearTimeout(retryTimer);
    const wait = Math.min(retryMaxMs, retryFirstMs * 2 ** Math.min(failures - 1, 16));
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void flush();
    }, wait);
  };

  /** Runs the writes one after another; each takes the newest snapshot asked for. */
  const drain = (): Promise<void> => {
    if (running) return running;
    let finished = false;
    const run = (async () => {
      try {
        while (pending) {
          const snapshot = pending;
          pending = null;
          if (!(await attempt(snapshot))) {
            failures += 1;
            // Kept for the retry, unless a newer snapshot (which holds it all) was asked for meanwhile.
            pending ??= snapshot;
            scheduleRetry();
            return;
          }
          failures = 0;
          showSaved();
          writeJournal();
        }
      } finally {
        finished = true;
        running = null;
      }
    })();
    // A loop with nothing to write ends before this line; it must not be taken as still running.
    if (!finished) running = run;
    return run;
  };

  const flush = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    if (retryTimer !== null) clearTimeout(retryTimer);
    timer = null;
    retryTimer = null;
    pendingSince = null;
    const now = current();
    if (now) {
      if (holds(now)) {
        // Undone back to what is kept, or nothing new: nothing to write.
        if (!running && !pending) showSaved();
      } else {
        pending = now;
      }
    }
    return drain();
  };

  const schedule = () => {
    const now = Date.now();
    pendingSince ??= now;
    if (timer !== null) clearTimeout(timer);
    const wait = Math.max(0, Math.min(options.delayMs, pendingSince + maxWaitMs - now));
    timer = setTimeout(() => void flush(), wait);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (!state.session || !state.recording) return;
    if (state.session.id !== previous.session?.id || state.recording !== previous.recording) {
      // A session just opened from storage is taken as saved; `opened` says when it is not.
      committedOf.set(state.recording, { info: state.session, room: state.room, events: state.recordedCount });
      state.setSaveStatus('saved');
      return;
    }
    if (state.drafts !== previous.drafts) queueJournal();
    if (state.room === previous.room && state.session === previous.session && state.recordedCount === previous.recordedCount) return;
    queueJournal();
    // Said at once, so nobody closes the tab believing a change is kept before it is.
    if (state.saveStatus !== 'saving' && state.saveStatus !== 'failed') state.setSaveStatus('saving');
    schedule();
  });

  return {
    flush,
    keepNow() {
      writeJournal();
      void flush();
    },
    opened(stored) {
      const now = current();
      if (!now) return;
      committedOf.set(now.recording, { info: now.info, room: stored.room, events: Math.min(stored.events, now.count) });
      // The journal now holds what this tab has beyond storage: nothing, when storage has it all.
      writeJournal();
      if (holds(now)) return;
      store.getState().setSaveStatus('saving');
      void flush();
    },
    stop() {
      stopped = true;
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      if (retryTimer !== null) clearTimeout(retryTimer);
    },
  };
}
