import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCompactEvents } from '../domain/format/compactEvents';
import { epochMillis } from '../domain/model/units';
import { DATABASE_NAME, DATABASE_VERSION, createIdbSessionRepository, openResonansDatabase } from './idbSessionRepository';
import { eventsFor, newSession, withEvents } from './testRepositorySessions';

/** Every older database opens: each version's upgrade, from a database as that version left it. */

let database: ReturnType<typeof openResonansDatabase>;

beforeEach(() => {
  indexedDB = new IDBFactory();
  database = openResonansDatabase();
});

afterEach(async () => {
  (await database).close();
});

describe('upgrading a version-1 database', () => {
  it('opens a database from before recordings, lists and loads its sessions with a recording made from the room', async () => {
    (await database).close();
    indexedDB = new IDBFactory();
    const session = newSession('old', 1000, 'K-3');
    const other = newSession('older', 500, 'K-2');
    const v1 = await openDB(DATABASE_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('sessions', { keyPath: 'id' });
        db.createObjectStore('summaries', { keyPath: 'id' });
      },
    });
    for (const [kept, updatedAt] of [
      [session, 7000],
      [other, 6000],
    ] as const) {
      // Version 1 kept figures without `released`.
      const room = structuredClone(kept.room) as unknown as { figures: Record<string, { released?: boolean }> };
      for (const figure of Object.values(room.figures)) delete figure.released;
      await v1.put('sessions', { id: kept.info.id, version: 1, session: { info: kept.info, room }, updatedAt });
      const { id, clientPseudonym, intention, template, createdAt } = kept.info;
      await v1.put('summaries', { id, clientPseudonym, intention, template, createdAt, updatedAt });
    }
    v1.close();

    database = openResonansDatabase();
    const upgraded = createIdbSessionRepository(database);
    expect((await database).version).toBe(DATABASE_VERSION);
    expect([...(await database).objectStoreNames].sort()).toEqual(['events', 'sessions', 'summaries']);
    expect(await upgraded.list()).toEqual([
      {
        id: session.info.id,
        clientPseudonym: 'K-3',
        intention: 'Jeg vil tåle nærhet',
        template: 'iopt',
        createdAt: 1000,
        updatedAt: 7000,
        phase: 0,
        durationMs: 0,
        finished: false,
        demo: false,
        pseudonymised: false,
      },
      expect.objectContaining({ id: other.info.id, updatedAt: 6000, phase: 0, durationMs: 0, finished: false, demo: false, pseudonymised: false }),
    ]);
    const loaded = await upgraded.load(session.info.id);
    expect(loaded?.info).toEqual(session.info);
    expect(loaded?.room).toEqual(session.room);
    expect(loaded?.recording.initialRoom).toEqual(session.room);
    expect(loaded?.recording.events).toEqual([]);

    // It can be saved with events on the new version and read back.
    const events = eventsFor(session, 3);
    await upgraded.save(withEvents(loaded!, events), epochMillis(8000));
    expect((await upgraded.load(session.info.id))?.recording.events).toEqual(events);
  });
});

describe('upgrading a version-2 database', () => {
  it('rewrites its chunks of plain events as columns, and every session reads as it did', async () => {
    (await database).close();
    indexedDB = new IDBFactory();
    const session = newSession('kept', 1000, 'K-4');
    const events = eventsFor(session, 12);
    const { recording, ...rest } = session;
    const v2 = await openDB(DATABASE_NAME, 2, {
      upgrade(db) {
        db.createObjectStore('sessions', { keyPath: 'id' });
        db.createObjectStore('summaries', { keyPath: 'id' });
        db.createObjectStore('events', { keyPath: ['sessionId', 'from'] });
      },
    });
    const stored = { id: session.info.id, version: 2, session: { ...rest, recording: { initialRoom: recording.initialRoom } }, updatedAt: 2000 };
    await v2.put('sessions', { ...stored, eventCount: 12, formatVersion: 2 });
    await v2.put('events', { sessionId: session.info.id, from: 0, events: events.slice(0, 5) });
    await v2.put('events', { sessionId: session.info.id, from: 5, events: events.slice(5) });
    // A chunk nothing can encode stays as it was, and reading still decides about it.
    await v2.put('events', { sessionId: 'other', from: 0, events: [null] });
    v2.close();

    database = openResonansDatabase();
    expect((await database).version).toBe(DATABASE_VERSION);
    const raw = (await (await database).getAll('events')) as { sessionId: string; events: unknown }[];
    expect(raw.filter((chunk) => chunk.sessionId === session.info.id).map((chunk) => isCompactEvents(chunk.events))).toEqual([true, true]);
    expect(raw.find((chunk) => chunk.sessionId === 'other')?.events).toEqual([null]);
    const opened = await createIdbSessionRepository(database).open(session.info.id);
    expect(opened?.damage).toBeNull();
    expect(opened?.session.recording.events).toEqual(events);
  });
});
