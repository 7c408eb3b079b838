import { describe, expect, it } from 'vitest';
import { counterIds } from '../domain/model/ids';
import { type Session, createSession } from '../domain/model/session';
import { epochMillis, millis } from '../domain/model/units';
import type { RecordedEvent } from '../domain/recording/events';
import { foldJournal } from './foldJournal';
import { createJournal, type JournalEntry, type JournalStorage, journalKey } from './journal';
import type { OpenedSession } from './sessionRepository';
import { movesOf } from './testMoves';

/** Web Storage as browsers have it: strings only, and a quota past which setItem throws. */
function fakeStorage(quotaChars = Number.POSITIVE_INFINITY): JournalStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (value.length > quotaChars) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, String(value));
    },
    removeItem: (key) => void items.delete(key),
  };
}

const session = (): Session =>
  createSession(
    { clientPseudonym: 'K', intention: 'Eg vil sove betre', template: 'iopt', elements: ['sove'] },
    { client: 'Me', intention: 'Intention' },
    { ids: counterIds('j'), now: () => epochMillis(1000) },
  );

const moves = (from: number, count: number): RecordedEvent[] => movesOf(session(), from, count);

const opened = (events: RecordedEvent[]): OpenedSession => {
  const s = session();
  return { session: { ...s, recording: { ...s.recording, events } }, storedEvents: events.length, damage: null };
};

const entry = (from: number, events: RecordedEvent[], change: Partial<JournalEntry> = {}): JournalEntry => ({
  sessionId: session().info.id,
  from,
  anchor: from > 0 ? (moves(from - 1, 1)[0] ?? null) : null,
  events,
  room: session().room,
  drafts: { notes: {}, statements: {} },
  ...change,
});

describe('the journal', () => {
  it('reads back what it wrote, per session, until cleared', () => {
    const journal = createJournal(fakeStorage());
    const written = entry(2, moves(2, 3), { drafts: { notes: { 1: 'half a thought' }, statements: {} } });
    expect(journal.write(written)).toBe(true);
    expect(journal.read(session().info.id)).toEqual(written);
    expect(journal.read('another')).toBeNull();
    journal.clear(session().info.id);
    expect(journal.read(session().info.id)).toBeNull();
  });

  it('a full storage refuses the write without throwing, and the earlier entry stays', () => {
    const storage = fakeStorage(2000);
    const journal = createJournal(storage);
    const small = entry(0, moves(0, 1));
    expect(journal.write(small)).toBe(true);
    expect(journal.write(entry(0, moves(0, 200)))).toBe(false);
    expect(journal.read(session().info.id)).toEqual(small);
  });

  it('without storage, or with storage that throws on every call, it keeps nothing and never throws', () => {
    const none = createJournal(null);
    expect(none.write(entry(0, []))).toBe(false);
    expect(none.read(session().info.id)).toBeNull();
    const throwing: JournalStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const broken = createJournal(throwing);
    expect(broken.write(entry(0, []))).toBe(false);
    expect(broken.read(session().info.id)).toBeNull();
    expect(() => broken.clear(session().info.id)).not.toThrow();
  });

  it('ignores an entry that is not JSON or not a journal entry', () => {
    const storage = fakeStorage();
    const journal = createJournal(storage);
    storage.items.set(journalKey(session().info.id), '{"version":1,"sessionId"');
    expect(journal.read(session().info.id)).toBeNull();
    storage.items.set(journalKey(session().info.id), JSON.stringify({ version: 1, sessionId: session().info.id, from: -1, events: [], room: {}, drafts: {} }));
    expect(journal.read(session().info.id)).toBeNull();
  });
});

describe('folding the journal into the stored session', () => {
  it('appends the events storage lacks and takes the journal’s room', () => {
    const moved = { ...session().room, order: [...session().room.order].reverse() };
    const folded = foldJournal(opened(moves(0, 3)), entry(3, moves(3, 2), { room: moved }));
    expect(folded.outcome).toBe('restored');
    expect(folded.session.recording.events).toEqual(moves(0, 5));
    expect(folded.session.room.order).toEqual(moved.order);
    expect(folded.storedEvents).toBe(3);
    expect(folded.storedRoom).toEqual(session().room);
  });

  it('takes only the part storage lacks when storage committed some of the journal since', () => {
    const folded = foldJournal(opened(moves(0, 4)), entry(2, moves(2, 4)));
    expect(folded.session.recording.events).toEqual(moves(0, 6));
  });

  it('ignores a journal that storage has already overtaken', () => {
    const folded = foldJournal(opened(moves(0, 6)), entry(2, moves(2, 2)));
    expect(folded.outcome).toBe('none');
    expect(folded.session.recording.events).toEqual(moves(0, 6));
  });

  it('refuses to join a journal that starts past the stored end, and says so', () => {
    const folded = foldJournal(opened(moves(0, 2)), entry(4, moves(4, 2)));
    expect(folded.outcome).toBe('unjoinable');
    expect(folded.session.recording.events).toEqual(moves(0, 2));
  });

  it('does not join a journal to a recording other than its own (one imported over it since)', () => {
    const other = moves(0, 3).map((event) => ({ ...event, t: millis(event.t + 1) }));
    expect(foldJournal(opened(other), entry(3, moves(3, 2))).outcome).toBe('unjoinable');
    expect(foldJournal(opened(other), entry(1, moves(1, 4))).outcome).toBe('unjoinable');
  });

  it('hands back the drafts being typed', () => {
    const drafts = { notes: { 0: 'Kari breathes' }, statements: {} };
    const folded = foldJournal(opened(moves(0, 1)), entry(1, [], { drafts }));
    expect(folded.outcome).toBe('restored');
    expect(folded.drafts).toEqual(drafts);
  });

  it('without a journal, gives the stored session as it is', () => {
    const stored = opened(moves(0, 2));
    expect(foldJournal(stored, null)).toMatchObject({ session: stored.session, storedEvents: 2, outcome: 'none' });
  });
});
