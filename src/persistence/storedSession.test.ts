import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_FILE_VERSION, FILE_MIGRATIONS, type MigrationStep } from '../domain/format/migrations';
import { counterIds } from '../domain/model/ids';
import { type Session, createSession } from '../domain/model/session';
import { epochMillis } from '../domain/model/units';
import type { RecordedEvent } from '../domain/recording/events';
import { DATABASE_NAME, createIdbSessionRepository, openResonansDatabase } from './idbSessionRepository';
import { createJournal } from './journal';
import { joinChunks, type StoredEvents } from './storedSession';
import { type CompactEvents, isCompactEvents } from '../domain/format/compactEvents';
import { parseSession } from '../domain/format/sessionSchema';
import { movesOf } from './testMoves';
import { withEvents } from './testRepositorySessions';

const base = (): Session =>
  createSession(
    { clientPseudonym: 'K-9', intention: 'Jeg vil tåle nærhet', template: 'iopt', elements: ['tåle'] },
    { client: 'Meg', intention: 'Intensjon' },
    { ids: counterIds('d'), now: () => epochMillis(1000) },
  );

const moves = movesOf;

const chunk = (from: number, count: number): StoredEvents => ({ sessionId: 's', from, events: moves(base(), from, count) });

describe('joining stored chunks', () => {
  it('joins chunks that follow each other, whatever order they come in', () => {
    const joined = joinChunks([chunk(3, 2), chunk(0, 3), chunk(5, 1)], 6);
    expect(joined.damage).toBeNull();
    expect(joined.events).toEqual(moves(base(), 0, 6));
  });

  it('keeps the events before a gap and reports the loss', () => {
    const joined = joinChunks([chunk(0, 3), chunk(5, 2)], 7);
    expect(joined.events).toEqual(moves(base(), 0, 3));
    expect(joined.damage).toEqual({ keptEvents: 3, expectedEvents: 7 });
  });

  it('stops at an overlap rather than repeating events', () => {
    const joined = joinChunks([chunk(0, 3), chunk(2, 3)], 5);
    expect(joined.events).toHaveLength(3);
    expect(joined.damage).toEqual({ keptEvents: 3, expectedEvents: 5 });
  });

  it('reports fewer events than the session says it holds', () => {
    expect(joinChunks([chunk(0, 4)], 9).damage).toEqual({ keptEvents: 4, expectedEvents: 9 });
    expect(joinChunks([], 2).damage).toEqual({ keptEvents: 0, expectedEvents: 2 });
  });

  it('without a count (older records) trusts the chunks as far as they are whole', () => {
    expect(joinChunks([chunk(0, 2), chunk(2, 2)], undefined)).toEqual({ events: moves(base(), 0, 4), damage: null });
  });
});

let database: ReturnType<typeof openResonansDatabase>;

beforeEach(() => {
  indexedDB = new IDBFactory();
  database = openResonansDatabase();
});

afterEach(async () => {
  (await database).close();
});

async function raw<T>(work: (db: Awaited<ReturnType<typeof openDB>>) => Promise<T>): Promise<T> {
  (await database).close();
  const db = await openDB(DATABASE_NAME);
  try {
    return await work(db);
  } finally {
    db.close();
    database = openResonansDatabase();
  }
}

describe('removing a session', () => {
  it('removes its journal too, so nothing of it stays in Web Storage', async () => {
    const items = new Map<string, string>();
    const journal = createJournal({
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, value),
      removeItem: (key) => void items.delete(key),
    });
    const session = base();
    const repository = createIdbSessionRepository(database, undefined, journal);
    await repository.save(session, epochMillis(2000));
    journal.write({
      sessionId: session.info.id,
      from: 0,
      anchor: null,
      events: moves(session, 0, 1),
      room: session.room,
      drafts: { notes: { 0: 'private' }, statements: {} },
    });
    expect(items.size).toBe(1);
    await repository.remove(session.info.id);
    expect(items.size).toBe(0);
  });
});

describe('a damaged store', () => {
  it('opens with the unbroken start of its recording and says how much was lost', async () => {
    const session = base();
    const all = moves(session, 0, 9);
    let repository = createIdbSessionRepository(database);
    await repository.save(withEvents(session, all.slice(0, 3)), epochMillis(2000));
    await repository.save(withEvents(session, all.slice(0, 6)), epochMillis(3000), 3);
    await repository.save(withEvents(session, all), epochMillis(4000), 6);
    await raw((db) => db.delete('events', [session.info.id, 3]));

    repository = createIdbSessionRepository(database);
    const opened = await repository.open(session.info.id);
    expect(opened?.damage).toEqual({ keptEvents: 3, expectedEvents: 9 });
    expect(opened?.storedEvents).toBe(3);
    expect(opened?.session.recording.events).toEqual(all.slice(0, 3));

    // Written anew as a whole, it is whole again.
    await repository.save(withEvents(session, all.slice(0, 3)), epochMillis(5000), 0);
    expect((await repository.open(session.info.id))?.damage).toBeNull();
  });

  it('a lost last chunk is caught by the count the session was written with', async () => {
    const session = base();
    const all = moves(session, 0, 5);
    let repository = createIdbSessionRepository(database);
    await repository.save(withEvents(session, all.slice(0, 2)), epochMillis(2000));
    await repository.save(withEvents(session, all), epochMillis(3000), 2);
    await raw((db) => db.delete('events', [session.info.id, 2]));
    repository = createIdbSessionRepository(database);
    expect((await repository.open(session.info.id))?.damage).toEqual({ keptEvents: 2, expectedEvents: 5 });
  });
});

describe('the check on opening what the app wrote itself', () => {
  /** Saves three runs of three moves, then lets `spoil` change the stored chunk that starts at 3. */
  async function spoiled(spoil: (chunk: StoredEvents) => StoredEvents) {
    const session = base();
    const all = moves(session, 0, 9);
    const repository = createIdbSessionRepository(database);
    await repository.save(withEvents(session, all.slice(0, 3)), epochMillis(2000));
    await repository.save(withEvents(session, all.slice(0, 6)), epochMillis(3000), 3);
    await repository.save(withEvents(session, all), epochMillis(4000), 6);
    await raw(async (db) => {
      const chunk = (await db.get('events', [session.info.id, 3])) as StoredEvents;
      expect(isCompactEvents(chunk.events)).toBe(true);
      await db.put('events', spoil(chunk));
    });
    return { opened: await createIdbSessionRepository(database).open(session.info.id), all };
  }
  const columns = (chunk: StoredEvents) => chunk.events as CompactEvents;

  it('keeps the runs before a run with a pose off the floor, and reports the loss', async () => {
    const { opened, all } = await spoiled((chunk) => {
      columns(chunk).poseX[1] = Number.NaN;
      return chunk;
    });
    expect(opened?.session.recording.events).toEqual(all.slice(0, 3));
    expect(opened?.damage).toEqual({ keptEvents: 3, expectedEvents: 9 });
  });

  it('checks the events kept whole by the file schema: an unknown kind of event breaks the run', async () => {
    const { opened } = await spoiled((chunk) => ({
      ...chunk,
      events: {
        ...columns(chunk),
        others: [{ type: 'teleport', t: 35 } as unknown as RecordedEvent],
        otherAt: new Uint32Array([1]),
        poseT: columns(chunk).poseT.slice(0, 2),
      },
    }));
    expect(opened?.damage).toEqual({ keptEvents: 3, expectedEvents: 9 });
  });

  it('keeps the events before one that goes back in time', async () => {
    const { opened, all } = await spoiled((chunk) => {
      columns(chunk).poseT[1] = 5;
      return chunk;
    });
    expect(opened?.session.recording.events).toEqual(all.slice(0, 4));
    expect(opened?.damage).toEqual({ keptEvents: 4, expectedEvents: 9 });
  });

  it('refuses plainly when the session itself, not its recording, is damaged', async () => {
    const session = base();
    await createIdbSessionRepository(database).save(session, epochMillis(2000));
    await raw(async (db) => {
      const stored = (await db.get('sessions', session.info.id)) as { session: { info: object } };
      await db.put('sessions', { ...stored, session: { ...stored.session, info: { ...stored.session.info, template: 'nope' } } });
    });
    await expect(createIdbSessionRepository(database).load(session.info.id)).rejects.toThrow(/stored session is damaged \(info.template/);
  });

  it('reads the same session as the full check of a file would', async () => {
    const session = withEvents(base(), moves(base(), 0, 30));
    const repository = createIdbSessionRepository(database);
    await repository.save(session, epochMillis(2000));
    const opened = await repository.load(session.info.id);
    const parsed = parseSession(JSON.parse(JSON.stringify(session)));
    expect(parsed.ok && parsed.value).toEqual(opened);
  });
});

/** A made-up next file version that writes the pseudonym in capitals: enough to see a step run. */
/** A step to a version after this one, as a later Resonans would add it. */
const NEXT_VERSION = CURRENT_FILE_VERSION + 1;
const TO_NEXT_VERSION: MigrationStep = {
  from: CURRENT_FILE_VERSION,
  to: NEXT_VERSION,
  up: (doc) => {
    const file = doc as { session: { info: { clientPseudonym: string } } };
    return { ...file, session: { ...file.session, info: { ...file.session.info, clientPseudonym: file.session.info.clientPseudonym.toUpperCase() } } };
  },
  down: (doc) => doc,
};

describe('stored sessions and the file migrations', () => {
  it('brings a session stored in an older format up through the same steps as a file', async () => {
    const session = withEvents({ ...base(), info: { ...base().info, clientPseudonym: 'kari' } }, moves(base(), 0, 2));
    await createIdbSessionRepository(database).save(session, epochMillis(2000));
    const next = createIdbSessionRepository(database, { version: NEXT_VERSION, migrations: [...FILE_MIGRATIONS, TO_NEXT_VERSION] });
    const opened = await next.open(session.info.id);
    expect(opened?.session.info.clientPseudonym).toBe('KARI');
    expect(opened?.session.recording.events).toEqual(session.recording.events);
  });

  it('a session written in the newer format is kept as it is, and an older app refuses it plainly', async () => {
    const session = { ...base(), info: { ...base().info, clientPseudonym: 'kari' } };
    const next = createIdbSessionRepository(database, { version: NEXT_VERSION, migrations: [...FILE_MIGRATIONS, TO_NEXT_VERSION] });
    await next.save(session, epochMillis(2000));
    expect((await next.load(session.info.id))?.info.clientPseudonym).toBe('kari');
    await expect(createIdbSessionRepository(database).load(session.info.id)).rejects.toThrow(/newer version of Resonans/);
  });

  it('a step that fails says so instead of handing over a half-migrated session', async () => {
    const session = base();
    await createIdbSessionRepository(database).save(session, epochMillis(2000));
    const broken: MigrationStep = { ...TO_NEXT_VERSION, up: () => null };
    await expect(
      createIdbSessionRepository(database, { version: NEXT_VERSION, migrations: [...FILE_MIGRATIONS, broken] }).load(session.info.id),
    ).rejects.toThrow(/damaged|brought up to date/);
  });

  it('opens a session written by database version 2, before sessions named their format', async () => {
    const session = base();
    const events = moves(session, 0, 4);
    await raw(async (db) => {
      const { recording, ...rest } = session;
      await db.put('sessions', {
        id: session.info.id,
        version: 2,
        session: { ...rest, recording: { initialRoom: recording.initialRoom } },
        updatedAt: 2000,
        eventCount: 4,
      });
      await db.put('events', { sessionId: session.info.id, from: 0, events: events.slice(0, 1) });
      await db.put('events', { sessionId: session.info.id, from: 1, events: events.slice(1) });
    });
    const opened = await createIdbSessionRepository(database, { version: NEXT_VERSION, migrations: [...FILE_MIGRATIONS, TO_NEXT_VERSION] }).open(
      session.info.id,
    );
    expect(opened?.damage).toBeNull();
    expect(opened?.session.recording.events).toEqual(events);
    expect(opened?.session.info.clientPseudonym).toBe('K-9');
  });
});
