import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placeFigure } from '../domain/model/figureEdits';
import { sessionId } from '../domain/model/ids';
import type { Session } from '../domain/model/session';
import { epochMillis, millis } from '../domain/model/units';
import { DATABASE_NAME, DATABASE_VERSION, createIdbSessionRepository, openResonansDatabase } from './idbSessionRepository';
import type { SessionRepository } from './sessionRepository';
import { eventsFor, newSession, withEvents } from './testRepositorySessions';

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

describe('a fresh database for every test', () => {
  it('does not see sessions saved by an earlier test', async () => {
    expect(await repository.list()).toEqual([]);
  });
});
