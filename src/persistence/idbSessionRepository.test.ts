import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placeFigure } from '../domain/model/figureEdits';
import { type FigureId, counterIds, sessionId } from '../domain/model/ids';
import { createPose } from '../domain/model/pose';
import { type Session, createSession } from '../domain/model/session';
import { epochMillis, millis } from '../domain/model/units';
import type { RecordedEvent } from '../domain/recording/events';
import { DATABASE_NAME, DATABASE_VERSION, createIdbSessionRepository, openResonansDatabase } from './idbSessionRepository';
import type { SessionRepository } from './sessionRepository';
import { isCompactEvents } from '../domain/format/compactEvents';

function newSession(prefix: string, createdAt: number, pseudonym = prefix): Session {
  return createSession(
    { clientPseudonym: pseudonym, intention: 'Jeg vil tåle nærhet', template: 'iopt', elements: ['Jeg', 'vil', 'tåle', 'nærhet'] },
    { client: 'Meg', intention: 'Intensjon' },
    { ids: counterIds(prefix), now: () => epochMillis(createdAt) },
  );
}

/** `count` recorded events, one every 100 ms from `from`: moves of the first figure, a phase, a note. */
function eventsFor(session: Session, count: number, from = 0, text = 'note'): RecordedEvent[] {
  const id = session.room.order[0] as FigureId;
  return Array.from({ length: count }, (_, i): RecordedEvent => {
    const t = millis((from + i) * 100);
    if (i % 3 === 0) return { type: 'pose', t, figureId: id, pose: createPose((from + i) / 10, 0, i * 10), joined: i > 0 };
    if (i % 3 === 1) return { type: 'phase', t, phase: (from + i) % 7 };
    return { type: 'note', t, phase: 0, text: `${text} ${from + i}` };
  });
}

const withEvents = (session: Session, events: readonly RecordedEvent[]): Session => ({ ...session, recording: { ...session.recording, events } });

/** The raw event chunks kept for a session, in key order. */
async function chunks(id: string): Promise<{ from: number; count: number }[]> {
  const raw = await openDB(DATABASE_NAME, DATABASE_VERSION);
  const all = (await raw.getAll('events')) as { sessionId: string; from: number; events: unknown[] }[];
  raw.close();
  return all.filter((chunk) => chunk.sessionId === id).map((chunk) => ({ from: chunk.from, count: chunk.events.length }));
}

let database: ReturnType<typeof openResonansDatabase>;
let repository: SessionRepository;

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  indexedDB = new IDBFactory();
  database = openResonansDatabase();
  repository = createIdbSessionRepository(database);
});

afterEach(async () => {
  (await database).close();
});

describe('the IndexedDB session repository', () => {
  it('starts empty', async () => {
    expect(await repository.list()).toEqual([]);
    expect(await repository.load(sessionId('nothing'))).toBeUndefined();
  });

  it('loads a saved session equal to the one saved', async () => {
    const session = newSession('a', 1000);
    await repository.save(session, epochMillis(2000));
    const loaded = await repository.load(session.info.id);
    expect(loaded).toEqual(session);
    expect(loaded).not.toBe(session);
  });

  it('lists a summary without the room', async () => {
    const session = newSession('a', 1000, 'K-17');
    await repository.save(session, epochMillis(2500));
    expect(await repository.list()).toEqual([
      {
        id: session.info.id,
        clientPseudonym: 'K-17',
        intention: 'Jeg vil tåle nærhet',
        template: 'iopt',
        createdAt: 1000,
        updatedAt: 2500,
        phase: 0,
        durationMs: 0,
        finished: false,
        demo: false,
        pseudonymised: false,
      },
    ]);
  });

  it('summarises the phase reached, the recorded length, whether it is finished and whether it is the demo', async () => {
    const base = newSession('a', 1000, 'K-17');
    const session: Session = withEvents({ ...base, info: { ...base.info, demo: true } }, [
      { type: 'phase', t: millis(500), phase: 3 },
      { type: 'phase', t: millis(1500), phase: 2 },
      { type: 'finished', t: millis(4200) },
    ]);
    await repository.save(session, epochMillis(2500));
    expect(await repository.list()).toEqual([expect.objectContaining({ id: session.info.id, phase: 2, durationMs: 4200, finished: true, demo: true })]);
  });

  it('lists sessions newest first', async () => {
    const older = newSession('older', 1000);
    const newest = newSession('newest', 3000);
    const middle = newSession('middle', 2000);
    await repository.save(older, epochMillis(9000));
    await repository.save(newest, epochMillis(3000));
    await repository.save(middle, epochMillis(2000));
    expect((await repository.list()).map((s) => s.id)).toEqual([newest.info.id, middle.info.id, older.info.id]);
  });

  it('lists sessions created at the same moment by the last change, newest first', async () => {
    const a = newSession('a', 1000);
    const b = newSession('b', 1000);
    await repository.save(a, epochMillis(5000));
    await repository.save(b, epochMillis(4000));
    expect((await repository.list()).map((s) => s.id)).toEqual([a.info.id, b.info.id]);
  });

  it('saving again replaces the session and its summary', async () => {
    const session = newSession('a', 1000);
    await repository.save(session, epochMillis(2000));
    const id = session.room.order[0];
    if (!id) throw new Error('no figure');
    const moved: Session = { ...session, room: placeFigure(session.room, id, { x: -2, z: -2, facing: 135, posture: 'lying' }) };
    await repository.save(moved, epochMillis(3000));

    const list = await repository.list();
    expect(list).toHaveLength(1);
    expect(list[0]?.updatedAt).toBe(3000);
    const loaded = await repository.load(session.info.id);
    expect(loaded).toEqual(moved);
    expect(loaded?.room.figures[id]?.pose).toEqual({ x: -2, z: -2, facing: 135, posture: 'lying' });
  });

  it('removes a session and its summary, and leaves the others', async () => {
    const a = newSession('a', 1000);
    const b = newSession('b', 2000);
    await repository.save(a, epochMillis(1000));
    await repository.save(b, epochMillis(2000));
    await repository.remove(a.info.id);
    expect(await repository.load(a.info.id)).toBeUndefined();
    expect(await repository.load(b.info.id)).toEqual(b);
    expect((await repository.list()).map((s) => s.id)).toEqual([b.info.id]);
  });

  it('removing an unknown session is harmless', async () => {
    const a = newSession('a', 1000);
    await repository.save(a, epochMillis(1000));
    await repository.remove(sessionId('nobody'));
    expect(await repository.list()).toHaveLength(1);
  });

  it('keeps sessions for the next time the database is opened', async () => {
    const session = newSession('a', 1000);
    await repository.save(session, epochMillis(2000));
    (await database).close();
    database = openResonansDatabase();
    const reopened = createIdbSessionRepository(database);
    expect(await reopened.load(session.info.id)).toEqual(session);
    expect(await reopened.list()).toHaveLength(1);
  });

  it('refuses a damaged stored session with a clear error', async () => {
    const session = newSession('a', 1000);
    await repository.save(session, epochMillis(2000));
    (await database).close();

    const raw = await openDB(DATABASE_NAME, DATABASE_VERSION);
    const stored = (await raw.get('sessions', session.info.id)) as { session: Session };
    const id = session.room.order[0];
    if (!id) throw new Error('no figure');
    const damaged = structuredClone(stored) as { session: { room: { figures: Record<string, { pose: { x: number } }> } } };
    const figure = damaged.session.room.figures[id];
    if (!figure) throw new Error('no stored figure');
    figure.pose.x = Number.NaN;
    await raw.put('sessions', damaged);
    raw.close();

    database = openResonansDatabase();
    await expect(createIdbSessionRepository(database).load(session.info.id)).rejects.toThrow(/damaged.*pose\.x/);
  });
});

describe('recorded events in the IndexedDB repository', () => {
  it('saves and loads a recording with its events in order', async () => {
    const base = newSession('a', 1000);
    const session = withEvents(base, eventsFor(base, 7));
    await repository.save(session, epochMillis(2000));
    const loaded = await repository.load(session.info.id);
    expect(loaded).toEqual(session);
    expect(loaded?.recording.events).toHaveLength(7);
  });

  it('with eventsAlreadySaved = n writes only the events after the first n, and loads them all in order', async () => {
    const base = newSession('a', 1000);
    const all = eventsFor(base, 10);
    await repository.save(withEvents(base, all.slice(0, 4)), epochMillis(2000));
    await repository.save(withEvents(base, all.slice(0, 7)), epochMillis(3000), 4);
    await repository.save(withEvents(base, all), epochMillis(4000), 7);
    expect(await chunks(base.info.id)).toEqual([
      { from: 0, count: 4 },
      { from: 4, count: 3 },
      { from: 7, count: 3 },
    ]);
    expect((await repository.load(base.info.id))?.recording.events).toEqual(all);
  });

  it('does not rewrite the events it is told are already saved', async () => {
    const base = newSession('a', 1000);
    const kept = eventsFor(base, 5, 0, 'kept');
    await repository.save(withEvents(base, kept), epochMillis(2000));
    // The first five differ in what is handed over now, but they are not written again.
    const handed = [...eventsFor(base, 5, 0, 'other'), ...eventsFor(base, 2, 5, 'new')];
    await repository.save(withEvents(base, handed), epochMillis(3000), 5);
    expect((await repository.load(base.info.id))?.recording.events).toEqual([...kept, ...handed.slice(5)]);
  });

  it('with eventsAlreadySaved = n equal to the count writes no chunk, but still the room', async () => {
    const base = newSession('a', 1000);
    const events = eventsFor(base, 3);
    await repository.save(withEvents(base, events), epochMillis(2000));
    const id = base.room.order[0]!;
    const moved = withEvents({ ...base, room: placeFigure(base.room, id, { x: 1, z: 1, facing: 90 }) }, events);
    await repository.save(moved, epochMillis(3000), 3);
    expect(await chunks(base.info.id)).toEqual([{ from: 0, count: 3 }]);
    expect(await repository.load(base.info.id)).toEqual(moved);
  });

  it('with eventsAlreadySaved = 0 replaces the whole recording', async () => {
    const base = newSession('a', 1000);
    await repository.save(withEvents(base, eventsFor(base, 4)), epochMillis(2000));
    await repository.save(withEvents(base, eventsFor(base, 9)), epochMillis(2500), 4);
    const replacement = eventsFor(base, 2, 0, 'again');
    await repository.save(withEvents(base, replacement), epochMillis(3000), 0);
    expect(await chunks(base.info.id)).toEqual([{ from: 0, count: 2 }]);
    expect((await repository.load(base.info.id))?.recording.events).toEqual(replacement);

    await repository.save(base, epochMillis(4000), 0);
    expect(await chunks(base.info.id)).toEqual([]);
    expect((await repository.load(base.info.id))?.recording.events).toEqual([]);
  });

  it("keeps each session's events apart, and remove removes only that session's chunks", async () => {
    const a = newSession('a', 1000);
    const b = newSession('b', 2000);
    const aEvents = eventsFor(a, 6);
    const bEvents = eventsFor(b, 5, 0, 'b');
    await repository.save(withEvents(a, aEvents.slice(0, 3)), epochMillis(1000));
    await repository.save(withEvents(a, aEvents), epochMillis(1100), 3);
    await repository.save(withEvents(b, bEvents), epochMillis(2000));
    await repository.remove(a.info.id);
    expect(await chunks(a.info.id)).toEqual([]);
    expect(await chunks(b.info.id)).toEqual([{ from: 0, count: 5 }]);
    expect((await repository.load(b.info.id))?.recording.events).toEqual(bEvents);

    // A session saved again under the removed id starts from nothing.
    await repository.save(withEvents(a, aEvents.slice(0, 1)), epochMillis(3000));
    expect((await repository.load(a.info.id))?.recording.events).toEqual(aEvents.slice(0, 1));
  });

  it('keeps the events before stored events that go back in time, and reports the loss', async () => {
    const base = newSession('a', 1000);
    await repository.save(withEvents(base, [{ type: 'phase', t: millis(500), phase: 1 }]), epochMillis(2000));
    await repository.save(
      withEvents(base, [
        { type: 'phase', t: millis(500), phase: 1 },
        { type: 'phase', t: millis(100), phase: 2 },
      ]),
      epochMillis(3000),
      1,
    );
    const opened = await repository.open(base.info.id);
    expect(opened?.session.recording.events).toEqual([{ type: 'phase', t: 500, phase: 1 }]);
    expect(opened?.damage).toEqual({ keptEvents: 1, expectedEvents: 2 });
  });
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

describe('a fresh database for every test', () => {
  it('does not see sessions saved by an earlier test', async () => {
    expect(await repository.list()).toEqual([]);
  });
});
