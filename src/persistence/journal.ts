import * as v from 'valibot';
import { EventsSchema, RecordedEventSchema } from '../domain/format/recordingSchema';
import { RoomSchema } from '../domain/format/sessionSchema';
import type { RoomState } from '../domain/model/roomState';
import type { RecordedEvent } from '../domain/recording/events';
import type { Drafts } from '../store/saveSlice';

/**
 * What the open session holds beyond what IndexedDB has committed: the events after the first
 * `from`, the room as it stands, and what is being typed. Written synchronously, so it is kept
 * even when the tab closes before an IndexedDB write can finish.
 */
export interface JournalEntry {
  readonly sessionId: string;
  readonly from: number;
  /** The last event storage held before `from` (null at 0): the journal joins only the recording it came from. */
  readonly anchor: RecordedEvent | null;
  readonly events: readonly RecordedEvent[];
  readonly room: RoomState;
  readonly drafts: Drafts;
}

export interface Journal {
  /** False when the storage refused it (full, or forbidden); the previous entry then stays. */
  write(entry: JournalEntry): boolean;
  read(sessionId: string): JournalEntry | null;
  clear(sessionId: string): void;
}

/** The part of Web Storage the journal uses; localStorage in the browser. */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const JOURNAL_VERSION = 1;
export const journalKey = (sessionId: string) => `resonans-journal-${sessionId}`;

const text = v.pipe(v.string(), v.maxLength(10_000));
const EntrySchema = v.object({
  version: v.literal(JOURNAL_VERSION),
  sessionId: v.string(),
  from: v.pipe(v.number(), v.integer(), v.minValue(0)),
  anchor: v.nullable(RecordedEventSchema),
  events: EventsSchema,
  room: RoomSchema,
  drafts: v.object({ notes: v.record(v.string(), text), statements: v.record(v.string(), text) }),
});

/** A journal in Web Storage. Storage that throws (full, disabled, private mode) never reaches the caller. */
export function createJournal(storage: JournalStorage | null): Journal {
  return {
    write(entry) {
      if (!storage) return false;
      try {
        storage.setItem(journalKey(entry.sessionId), JSON.stringify({ version: JOURNAL_VERSION, ...entry }));
        return true;
      } catch {
        return false;
      }
    },
    read(sessionId) {
      let raw: string | null = null;
      try {
        raw = storage?.getItem(journalKey(sessionId)) ?? null;
        if (raw === null) return null;
        const parsed = v.safeParse(EntrySchema, JSON.parse(raw));
        if (!parsed.success || parsed.output.sessionId !== sessionId) return null;
        const { version: _version, ...entry } = parsed.output;
        // The schema has checked every field; the cast only adds the branded id and unit types.
        return entry as unknown as JournalEntry;
      } catch {
        return null;
      }
    },
    clear(sessionId) {
      try {
        storage?.removeItem(journalKey(sessionId));
      } catch {
        // Nothing to do: a journal that cannot be removed is folded in again and found already kept.
      }
    },
  };
}

/** localStorage when the browser lets the app use it. */
export function browserJournalStorage(): JournalStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
