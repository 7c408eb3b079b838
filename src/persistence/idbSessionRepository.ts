import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { parseSession } from '../domain/format/sessionSchema';
import type { SessionId } from '../domain/model/ids';
import type { Session } from '../domain/model/session';
import type { EpochMillis } from '../domain/model/units';
import type { RecordedEvent } from '../domain/recording/events';
import { newestFirst, type SessionRepository, type SessionSummary, summarise } from './sessionRepository';

export const DATABASE_NAME = 'resonans';
/**
 * 1: sessions and summaries. 2: recordings, kept as chunks of events appended as they come.
 * Every older database must still open: each version adds its own upgrade step below.
 */
export const DATABASE_VERSION = 2;

/** The session without its recorded events, which live in `events` chunks. */
interface StoredSession {
  readonly id: string;
  readonly version: 1 | 2;
  readonly session: Omit<Session, 'recording'> & { readonly recording?: { readonly initialRoom: Session['room'] } };
  readonly updatedAt: number;
  readonly eventCount?: number;
}

interface StoredEvents {
  readonly sessionId: string;
  /** The index of the first event in this chunk. */
  readonly from: number;
  readonly events: readonly RecordedEvent[];
}

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
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('sessions', { keyPath: 'id' });
        db.createObjectStore('summaries', { keyPath: 'id' });
      }
      if (oldVersion < 2) {
        // Sessions from version 1 have no recording; they start one from their room when read.
        db.createObjectStore('events', { keyPath: ['sessionId', 'from'] });
      }
    },
  });
}

const chunksOf = (id: string) => IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]);

/** Sessions in IndexedDB: the session, its summary and its new events, written in one transaction. */
export function createIdbSessionRepository(database: Promise<IDBPDatabase<ResonansDatabase>>): SessionRepository {
  return {
    async list() {
      const db = await database;
      const summaries = await db.getAll('summaries');
      return summaries.map(withDefaults).sort(newestFirst);
    },
    async load(id: SessionId) {
      const db = await database;
      const tx = db.transaction(['sessions', 'events'], 'readonly');
      const [stored, chunks] = await Promise.all([tx.objectStore('sessions').get(id), tx.objectStore('events').getAll(chunksOf(id)), tx.done]);
      if (!stored) return undefined;
      const events = chunks.sort((a, b) => a.from - b.from).flatMap((chunk) => chunk.events);
      const recording = stored.session.recording ? { initialRoom: stored.session.recording.initialRoom, events } : undefined;
      const parsed = parseSession({ ...stored.session, recording });
      if (!parsed.ok) throw new Error(`The stored session is damaged (${parsed.problem}).`);
      return parsed.value;
    },
    async save(session: Session, updatedAt: EpochMillis, eventsAlreadySaved = 0) {
      const db = await database;
      const tx = db.transaction(['sessions', 'summaries', 'events'], 'readwrite');
      const id = session.info.id;
      const { recording, ...rest } = session;
      const events = recording.events;
      const stored: StoredSession = {
        id,
        version: 2,
        session: { ...rest, recording: { initialRoom: recording.initialRoom } },
        updatedAt,
        eventCount: events.length,
      };
      const writes: Promise<unknown>[] = [tx.objectStore('sessions').put(stored), tx.objectStore('summaries').put(summarise(session, updatedAt))];
      if (eventsAlreadySaved === 0) writes.push(tx.objectStore('events').delete(chunksOf(id)));
      if (events.length > eventsAlreadySaved) {
        writes.push(tx.objectStore('events').put({ sessionId: id, from: eventsAlreadySaved, events: events.slice(eventsAlreadySaved) }));
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
