import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { counterIds } from '../domain/model/ids';
import { type Session, createSession } from '../domain/model/session';
import { epochMillis } from '../domain/model/units';
import { type ResonansStore, createResonansStore } from '../store/createStore';
import { type Autosave, startAutosave } from './autosave';
import { createIdbSessionRepository, openResonansDatabase } from './idbSessionRepository';
import { createJournal, type JournalStorage } from './journal';
import type { SessionRepository } from './sessionRepository';

/**
 * Autosave against IndexedDB's own semantics (fake-indexeddb), with writes made to fail on
 * purpose: what storage holds is always the start of what was recorded, and "saved" is said only
 * when storage holds it all.
 */

const DELAY = 400;
const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Lets IndexedDB's tasks (setImmediate, not faked) and promise callbacks run. */
async function idle(): Promise<void> {
  for (let round = 0; round < 40; round += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** The repository with writes that can be held at a gate and then let through or failed. */
function faultyRepository(inner: SessionRepository) {
  const gates: { pass: () => void; fail: (error: Error) => void }[] = [];
  const calls: { events: number; already: number }[] = [];
  let holding = false;
  let failing: Error | null = null;
  const repository: SessionRepository = {
    ...inner,
    save: async (session, updatedAt, already = 0) => {
      calls.push({ events: session.recording.events.length, already });
      if (holding) {
        await new Promise<void>((pass, fail) => gates.push({ pass, fail }));
      }
      if (failing) throw failing;
      await inner.save(session, updatedAt, already);
    },
  };
  return {
    repository,
    calls,
    hold: (on: boolean) => (holding = on),
    fail: (error: Error | null) => (failing = error),
    gate: () => {
      const gate = gates.shift();
      if (!gate) throw new Error('no write is waiting');
      return gate;
    },
  };
}

function fakeStorage(): JournalStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

let database: ReturnType<typeof openResonansDatabase>;
let idb: SessionRepository;
let store: ResonansStore;
let session: Session;
let autosave: Autosave | undefined;

const firstId = () => session.room.order[0]!;
const recorded = () => store.getState().recording!.events.slice(0, store.getState().recordedCount);

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  indexedDB = new IDBFactory();
  database = openResonansDatabase();
  idb = createIdbSessionRepository(database);
  store = createResonansStore({ ids: counterIds('added'), now: () => epochMillis(Date.now()) });
  session = createSession(
    { clientPseudonym: 'K', intention: 'Eg vil sove betre', template: 'iopt', elements: ['sove', 'betre'] },
    { client: 'Me', intention: 'Intention' },
    { ids: counterIds('s'), now: () => epochMillis(1000) },
  );
  await idb.save(session, epochMillis(1000));
});

afterEach(async () => {
  autosave?.stop();
  autosave = undefined;
  vi.useRealTimers();
  (await database).close();
});

describe('autosave against IndexedDB, with failing writes', () => {
  it('a write that fails while the next waits behind it leaves no hole: the next starts where storage ends (issue 9, 2)', async () => {
    const faulty = faultyRepository(idb);
    autosave = startAutosave(store, faulty.repository, { delayMs: DELAY, now: () => epochMillis(Date.now()), describeError });
    store.getState().openSession(session);
    faulty.hold(true);
    store.getState().goToPhase(1);
    void autosave.flush();
    await idle();
    store.getState().nudgeFigure(firstId(), 0.5, 0);
    store.getState().goToPhase(2);
    void autosave.flush();
    await idle();
    expect(faulty.calls).toEqual([{ events: 1, already: 0 }]);

    faulty.fail(new Error('AbortError: the transaction was aborted'));
    faulty.gate().fail(new Error('AbortError: the transaction was aborted'));
    await idle();
    expect(store.getState().saveStatus).toBe('failed');
    expect((await idb.open(session.info.id))?.storedEvents).toBe(0);

    faulty.hold(false);
    faulty.fail(null);
    await vi.advanceTimersByTimeAsync(1000);
    await idle();
    // The retry writes from where storage ends, with everything recorded since.
    expect(faulty.calls.at(-1)).toEqual({ events: 3, already: 0 });
    const stored = await idb.open(session.info.id);
    expect(stored?.damage).toBeNull();
    expect(stored?.session.recording.events).toEqual(recorded());
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('never says "saved" while a write has failed, and tries again with a calm, growing pause', async () => {
    const faulty = faultyRepository(idb);
    faulty.fail(new Error('QuotaExceededError'));
    autosave = startAutosave(store, faulty.repository, { delayMs: DELAY, now: () => epochMillis(Date.now()), describeError });
    store.getState().openSession(session);
    const seen: string[] = [];
    const unsubscribe = store.subscribe((state) => seen.push(state.saveStatus));
    store.getState().nudgeFigure(firstId(), 0.5, 0);
    await vi.advanceTimersByTimeAsync(DELAY);
    await idle();
    expect(faulty.calls).toHaveLength(1);
    // Retries after 1 s, then 2 s, then 4 s: not a busy loop.
    for (const [wait, attempts] of [
      [999, 1],
      [1, 2],
      [1999, 2],
      [1, 3],
      [4000, 4],
    ] as const) {
      await vi.advanceTimersByTimeAsync(wait);
      await idle();
      expect(faulty.calls).toHaveLength(attempts);
    }
    expect(seen).not.toContain('saved');
    expect(store.getState().saveStatus).toBe('failed');
    expect(store.getState().saveError).toBe('QuotaExceededError');

    faulty.fail(null);
    await vi.advanceTimersByTimeAsync(8000);
    await idle();
    expect(store.getState().saveStatus).toBe('saved');
    expect((await idb.load(session.info.id))?.recording.events).toEqual(recorded());
    unsubscribe();
  });

  it('when storage holds something else than it was told, writes the whole recording anew', async () => {
    autosave = startAutosave(store, idb, { delayMs: DELAY, now: () => epochMillis(Date.now()), describeError });
    store.getState().openSession(session);
    store.getState().goToPhase(1);
    await autosave.flush();
    // Another writer (an old tab's last write) puts a longer recording in between.
    await idb.save(
      { info: session.info, room: session.room, recording: { initialRoom: session.room, events: [...recorded(), ...recorded()] } },
      epochMillis(5),
    );
    store.getState().goToPhase(2);
    await autosave.flush();
    await idle();
    expect((await idb.load(session.info.id))?.recording.events).toEqual(recorded());
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('keeps the unsaved tail in the journal at once, and clears it once the write commits', async () => {
    const storage = fakeStorage();
    const journal = createJournal(storage);
    const faulty = faultyRepository(idb);
    autosave = startAutosave(store, faulty.repository, { delayMs: DELAY, now: () => epochMillis(Date.now()), describeError, journal });
    store.getState().openSession(session);
    store.getState().goToPhase(1);
    await autosave.flush();
    expect(journal.read(session.info.id)).toBeNull();

    faulty.fail(new Error('broken'));
    store.getState().nudgeFigure(firstId(), 0.5, 0);
    store.getState().setDraft('notes', '1', 'half a');
    // Before any timer or write: the change is in the journal already.
    await Promise.resolve();
    const entry = journal.read(session.info.id);
    expect(entry?.from).toBe(1);
    expect(entry?.events).toEqual(recorded().slice(1));
    expect(entry?.room).toEqual(store.getState().room);
    expect(entry?.drafts.notes).toEqual({ 1: 'half a' });

    await vi.advanceTimersByTimeAsync(DELAY);
    await idle();
    expect(store.getState().saveStatus).toBe('failed');
    expect(journal.read(session.info.id)?.events).toHaveLength(1);

    faulty.fail(null);
    store.getState().setDraft('notes', '1', null);
    await vi.advanceTimersByTimeAsync(1000);
    await idle();
    expect(store.getState().saveStatus).toBe('saved');
    expect(journal.read(session.info.id)).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it('told that storage holds less than was opened, writes the rest at once', async () => {
    const faulty = faultyRepository(idb);
    autosave = startAutosave(store, faulty.repository, { delayMs: DELAY, now: () => epochMillis(Date.now()), describeError });
    store.getState().openSession(session);
    store.getState().goToPhase(1);
    await autosave.flush();
    store.getState().goToPhase(2);
    store.getState().goToPhase(3);
    const more: Session = { info: session.info, room: store.getState().room, recording: { initialRoom: session.room, events: recorded() } };
    store.getState().openSession(more);
    autosave.opened({ events: 1, room: session.room });
    expect(store.getState().saveStatus).toBe('saving');
    await idle();
    expect(faulty.calls.at(-1)).toEqual({ events: 3, already: 1 });
    expect((await idb.load(session.info.id))?.recording.events).toEqual(recorded());
    expect(store.getState().saveStatus).toBe('saved');
  });
});
