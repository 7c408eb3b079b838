import { type DBSchema, type IDBPDatabase, type IDBPObjectStore, openDB, type StoreNames } from 'idb';
import { type CompactEvents, encodeEvents, isCompactEvents } from '../domain/format/compactEvents';
import { CURRENT_FILE_VERSION, FILE_MIGRATIONS, type MigrationStep } from '../domain/format/migrations';
import type { SessionId } from '../domain/model/ids';
import type { Session } from '../domain/model/session';
import type { EpochMillis } from '../domain/model/units';
import { browserJournalStorage, createJournal, type Journal } from './journal';
import { readStoredSession, type StoredEvents, type StoredSession } from './storedSession';
import { newestFirst, type OpenedSession, type SessionRepository, type SessionSummary, StoredLengthMismatch, summarise } from './sessionRepository';

export const DATABASE_NAME = 'resonans';
/**
 * 1: sessions and summaries. 2: recordings, kept as chunks of events appended as they come.
 * 3: the chunks' pose samples as columns of numbers (a third of the room they took).
 * Every older database must still open: each version adds its own upgrade step below.
 */
export const DATABASE_VERSION = 3;

interface ResonansDatabase extends DBSchema {
  sessions: { key: string; value: StoredSession };
  summaries: { key: string; value: SessionSummary };
  events: { key: [string, number]; value: StoredEvents };
}

/**
 * Opens the database. `onLost` is told when the browser closes it under us (site data
 * cleared, storage evicted): the open session then lives only in memory and must be exported.
 */
export function openResonansDatabase(onLost: () => void = () => undefined): Promise<IDBPDatabase<ResonansDatabase>> {
  return openDB<ResonansDatabase>(DATABASE_NAME, DATABASE_VERSION, {
    terminated: onLost,
    upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        db.createObjectStore('sessions', { keyPath: 'id' });
        db.createObjectStore('summaries', { keyPath: 'id' });
      }
      if (oldVersion < 2) {
        // Sessions from version 1 have no recording; they start one from their room when read.
        db.createObjectStore('events', { keyPath: ['sessionId', 'from'] });
      }
      if (oldVersion === 2) void compactChunks(transaction.objectStore('events'));
    },
  });
}

/**
 * Rewrites every chunk of plain events as columns, inside the upgrade's own transaction: the
 * database opens only once all are rewritten, or not at all. A chunk that cannot be encoded
 * stays as it is; reading takes either shape.
 */
async function compactChunks(chunks: IDBPObjectStore<ResonansDatabase, ArrayLike<StoreNames<ResonansDatabase>>, 'events', 'versionchange'>): Promise<void> {
  for (let cursor = await chunks.openCursor(); cursor; cursor = await cursor.continue()) {
    const { events } = cursor.value;
    if (isCompactEvents(events) || !Array.isArray(events)) continue;
    let compact: CompactEvents;
    try {
      compact = encodeEvents(events);
    } catch {
      continue;
    }
    await cursor.update({ ...cursor.value, events: compact });
  }
}

const chunksOf = (id: string) => IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]);

/** The file format the repository reads and writes: the app's own, or another in tests of migrations. */
export interface StoredFormat {
  readonly version: number;
  readonly migrations: readonly MigrationStep[];
}

const APP_FORMAT: StoredFormat = { version: CURRENT_FILE_VERSION, migrations: FILE_MIGRATIONS };

/**
 * Sessions in IndexedDB: the session, its summary and its new events, written in one transaction.
 * Removing a session removes its journal too, so nothing of it stays behind in Web Storage.
 */
export function createIdbSessionRepository(
  database: Promise<IDBPDatabase<ResonansDatabase>>,
  format: StoredFormat = APP_FORMAT,
  journal: Journal = createJournal(browserJournalStorage()),
): SessionRepository {
  const open = async (id: SessionId): Promise<OpenedSession | undefined> => {
    const db = await database;
    const tx = db.transaction(['sessions', 'events'], 'readonly');
    const [stored, chunks] = await Promise.all([tx.objectStore('sessions').get(id), tx.objectStore('events').getAll(chunksOf(id)), tx.done]);
    return stored ? readStoredSession(stored, chunks, format) : undefined;
  };
  return {
    async list() {
      const db = await database;
      const summaries = await db.getAll('summaries');
      return summaries.map(withDefaults).sort(newestFirst);
    },
    open,
    load: async (id: SessionId) => (await open(id))?.session,
    async save(session: Session, updatedAt: EpochMillis, eventsAlreadySaved = 0) {
      const db = await database;
      const tx = db.transaction(['sessions', 'summaries', 'events'], 'readwrite');
      const id = session.info.id;
      const { recording, ...rest } = session;
      const events = recording.events;
      if (eventsAlreadySaved !== 0) {
        // Read in the same transaction: no other write can come between the check and the append.
        const before = await tx.objectStore('sessions').get(id);
        const storedCount = before?.eventCount ?? 0;
        if (storedCount !== eventsAlreadySaved || eventsAlreadySaved > events.length) {
          tx.done.catch(() => undefined);
          tx.abort();
          throw new StoredLengthMismatch(eventsAlreadySaved, storedCount);
        }
      }
      const stored: StoredSession = {
        id,
        version: 2,
        session: { ...rest, recording: { initialRoom: recording.initialRoom } },
        updatedAt,
        eventCount: events.length,
        formatVersion: format.version,
      };
      const writes: Promise<unknown>[] = [tx.objectStore('sessions').put(stored), tx.objectStore('summaries').put(summarise(session, updatedAt))];
      if (eventsAlreadySaved === 0) writes.push(tx.objectStore('events').delete(chunksOf(id)));
      if (events.length > eventsAlreadySaved) {
        writes.push(tx.objectStore('events').put({ sessionId: id, from: eventsAlreadySaved, events: encodeEvents(events.slice(eventsAlreadySaved)) }));
      }
      await Promise.all([...writes, tx.done]);
    },
    async remove(id: SessionId) {
      const db = await database;
      const tx = db.transaction(['sessions', 'summaries', 'events'], 'readwrite');
      await Promise.all([
        tx.objectStore('sessions').delete(id),
        tx.objectStore('summaries').delete(id),
        tx.objectStore('events').delete(chunksOf(id)),
        tx.done,
      ]);
      journal.clear(id);
    },
  };
}

/** Summaries written by version 1 lack the later fields. */
function withDefaults(summary: SessionSummary): SessionSummary {
  return {
    ...summary,
    phase: summary.phase ?? 0,
    durationMs: summary.durationMs ?? 0,
    finished: summary.finished ?? false,
    demo: summary.demo ?? false,
    pseudonymised: summary.pseudonymised ?? false,
  };
}
