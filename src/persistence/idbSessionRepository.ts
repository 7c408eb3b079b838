import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { parseSession } from '../domain/format/sessionSchema';
import type { SessionId } from '../domain/model/ids';
import type { Session } from '../domain/model/session';
import type { EpochMillis } from '../domain/model/units';
import { newestFirst, type SessionRepository, type SessionSummary, summarise } from './sessionRepository';

export const DATABASE_NAME = 'resonans';
/** Bump with an upgrade step below; every older database must still open. */
export const DATABASE_VERSION = 1;

interface StoredSession {
  readonly id: string;
  readonly version: 1;
  readonly session: Session;
  readonly updatedAt: number;
}

interface ResonansDatabase extends DBSchema {
  sessions: { key: string; value: StoredSession };
  summaries: { key: string; value: SessionSummary };
}

export function openResonansDatabase(): Promise<IDBPDatabase<ResonansDatabase>> {
  return openDB<ResonansDatabase>(DATABASE_NAME, DATABASE_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('sessions', { keyPath: 'id' });
        db.createObjectStore('summaries', { keyPath: 'id' });
      }
    },
  });
}

/** Sessions in IndexedDB: the full session and a small summary for the library, written together. */
export function createIdbSessionRepository(database: Promise<IDBPDatabase<ResonansDatabase>>): SessionRepository {
  return {
    async list() {
      const db = await database;
      const summaries = await db.getAll('summaries');
      return summaries.sort(newestFirst);
    },
    async load(id: SessionId) {
      const db = await database;
      const stored = await db.get('sessions', id);
      if (!stored) return undefined;
      const parsed = parseSession(stored.session);
      if (!parsed.ok) throw new Error(`The stored session is damaged (${parsed.problem}).`);
      return parsed.value;
    },
    async save(session: Session, updatedAt: EpochMillis) {
      const db = await database;
      const tx = db.transaction(['sessions', 'summaries'], 'readwrite');
      const stored: StoredSession = { id: session.info.id, version: 1, session, updatedAt };
      await Promise.all([tx.objectStore('sessions').put(stored), tx.objectStore('summaries').put(summarise(session, updatedAt)), tx.done]);
    },
    async remove(id: SessionId) {
      const db = await database;
      const tx = db.transaction(['sessions', 'summaries'], 'readwrite');
      await Promise.all([tx.objectStore('sessions').delete(id), tx.objectStore('summaries').delete(id), tx.done]);
    },
  };
}
