import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { counterIds } from '../domain/model/ids';
import { type Session, createSession } from '../domain/model/session';
import { epochMillis } from '../domain/model/units';
import { createResonansStore } from '../store/createStore';
import { createIdbSessionRepository, openResonansDatabase } from './idbSessionRepository';
import { createJournal, type JournalStorage } from './journal';
import { createMemorySessionRepository } from './memorySessionRepository';
import { openForEditing } from './openForEditing';

const describeError = (error: unknown) => String(error);
const now = () => epochMillis(5000);

function fakeStorage(): JournalStorage {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

const newSession = (): Session =>
  createSession(
    { clientPseudonym: 'K', intention: 'Eg vil sove betre', template: 'iopt', elements: ['sove'] },
    { client: 'Me', intention: 'Intention' },
    { ids: counterIds('o'), now: () => epochMillis(1000) },
  );

let database: ReturnType<typeof openResonansDatabase>;
beforeEach(() => {
  indexedDB = new IDBFactory();
  database = openResonansDatabase();
});
afterEach(async () => (await database).close());

describe('opening a session for editing', () => {
  it('folds in the journal of a tab that closed, records the drafts being typed, says so, and writes it all', async () => {
    const repository = createMemorySessionRepository();
    const session = newSession();
    await repository.save(session, epochMillis(1000));
    const storage = fakeStorage();
    // The tab before: a move and a half-typed note, then it closed before any write.
    const before = createResonansStore({ ids: counterIds('b'), now });
    const first = await openForEditing(before, repository, session.info.id, { delayMs: 400, now, describeError, journal: createJournal(storage) });
    before.getState().nudgeFigure(session.room.order[0]!, 0.3, 0);
    before.getState().setDraft('notes', '0', 'Kari breathes');
    await Promise.resolve();
    first?.stop();

    const store = createResonansStore({ ids: counterIds('a'), now });
    const autosave = await openForEditing(store, repository, session.info.id, { delayMs: 400, now, describeError, journal: createJournal(storage) });
    expect(store.getState().room).toEqual(before.getState().room);
    expect(store.getState().progress.notes).toEqual({ 0: 'Kari breathes' });
    expect(store.getState().keepingNotices).toEqual([{ kind: 'restored' }]);
    await autosave?.flush();
    const stored = await repository.load(session.info.id);
    expect(stored?.room).toEqual(before.getState().room);
    expect(stored?.recording.events.map((event) => event.type)).toEqual(['pose', 'note']);
    expect(createJournal(storage).read(session.info.id)).toBeNull();
    autosave?.stop();
  });

  it('says plainly when the stored recording is damaged, and writes it whole again', async () => {
    const repository = createIdbSessionRepository(database);
    const session = newSession();
    const store = createResonansStore({ ids: counterIds('a'), now });
    await repository.save(session, epochMillis(1000));
    const writer = await openForEditing(store, repository, session.info.id, { delayMs: 400, now, describeError, journal: createJournal(fakeStorage()) });
    store.getState().goToPhase(1);
    await writer?.flush();
    store.getState().goToPhase(2);
    await writer?.flush();
    writer?.stop();
    const db = await database;
    await db.delete('events', [session.info.id, 0]);

    const reopened = createResonansStore({ ids: counterIds('a'), now });
    const autosave = await openForEditing(reopened, repository, session.info.id, { delayMs: 400, now, describeError, journal: createJournal(fakeStorage()) });
    expect(reopened.getState().keepingNotices).toEqual([{ kind: 'damaged', keptEvents: 0, expectedEvents: 2 }]);
    expect(reopened.getState().recordedCount).toBe(0);
    await autosave?.flush();
    expect((await repository.open(session.info.id))?.damage).toBeNull();
    autosave?.stop();
  });

  it('a journal that cannot be joined is said once, then let go', async () => {
    const repository = createMemorySessionRepository();
    const session = newSession();
    await repository.save(session, epochMillis(1000));
    const storage = fakeStorage();
    const journal = createJournal(storage);
    journal.write({ sessionId: session.info.id, from: 5, anchor: null, events: [], room: session.room, drafts: { notes: {}, statements: {} } });
    const store = createResonansStore({ ids: counterIds('a'), now });
    const autosave = await openForEditing(store, repository, session.info.id, { delayMs: 400, now, describeError, journal });
    expect(store.getState().keepingNotices).toEqual([{ kind: 'unjoinable' }]);
    expect(journal.read(session.info.id)).toBeNull();
    autosave?.stop();
  });

  it('gives null for a session that is not stored', async () => {
    const store = createResonansStore({ ids: counterIds('a'), now });
    expect(
      await openForEditing(store, createMemorySessionRepository(), newSession().info.id, { delayMs: 400, now, describeError, journal: createJournal(null) }),
    ).toBeNull();
  });
});
