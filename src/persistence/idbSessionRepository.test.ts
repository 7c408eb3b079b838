import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placeFigure } from '../domain/model/figureEdits';
import { counterIds, sessionId } from '../domain/model/ids';
import { type Session, createSession } from '../domain/model/session';
import { epochMillis } from '../domain/model/units';
import { DATABASE_NAME, DATABASE_VERSION, createIdbSessionRepository, openResonansDatabase } from './idbSessionRepository';
import type { SessionRepository } from './sessionRepository';

function newSession(prefix: string, createdAt: number, pseudonym = prefix): Session {
  return createSession(
    { clientPseudonym: pseudonym, intention: 'Jeg vil tåle nærhet', template: 'iopt', elements: ['Jeg', 'vil', 'tåle', 'nærhet'] },
    { client: 'Meg', intention: 'Intensjon' },
    { ids: counterIds(prefix), now: () => epochMillis(createdAt) },
  );
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
      { id: session.info.id, clientPseudonym: 'K-17', intention: 'Jeg vil tåle nærhet', template: 'iopt', createdAt: 1000, updatedAt: 2500 },
    ]);
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

describe('a fresh database for every test', () => {
  it('does not see sessions saved by an earlier test', async () => {
    expect(await repository.list()).toEqual([]);
  });
});
