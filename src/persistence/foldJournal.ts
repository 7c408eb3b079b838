import { parseSession } from '../domain/format/sessionSchema';
import type { Session } from '../domain/model/session';
import { type Drafts, NO_DRAFTS } from '../store/saveSlice';
import type { JournalEntry } from './journal';
import type { OpenedSession } from './sessionRepository';

export type JournalOutcome =
  /** No journal, or one that held nothing storage lacked. */
  | 'none'
  /** The journal held changes storage lacked: they are in the session now. */
  | 'restored'
  /** The journal could not be joined to the stored recording (a hole between them). */
  | 'unjoinable';

export interface FoldedSession {
  readonly session: Session;
  /** What storage holds of it: autosave writes the rest. */
  readonly storedEvents: number;
  readonly storedRoom: Session['room'];
  readonly drafts: Drafts;
  readonly outcome: JournalOutcome;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The stored session with the journal's unsaved tail appended. The journal starts at the
 * events storage had when it was written; storage may have committed some of them since, so
 * only the ones it lacks are taken. A journal behind storage is stale and ignored; one that
 * starts past the stored end cannot be joined without a hole and is left out, said plainly.
 */
export function foldJournal(opened: OpenedSession, entry: JournalEntry | null): FoldedSession {
  const stored = opened.session;
  const base: FoldedSession = { session: stored, storedEvents: opened.storedEvents, storedRoom: stored.room, drafts: NO_DRAFTS, outcome: 'none' };
  if (!entry) return base;
  const storedCount = opened.storedEvents;
  const journalEnd = entry.from + entry.events.length;
  if (entry.from > storedCount) return { ...base, outcome: 'unjoinable' };
  if (journalEnd < storedCount) return base;
  // Storage must hold the recording the journal continues (not one imported over it since).
  const events = stored.recording.events;
  const overlap = events.slice(entry.from, storedCount);
  const sameStart = entry.from === 0 || same(events[entry.from - 1], entry.anchor);
  if (!sameStart || !overlap.every((event, i) => same(event, entry.events[i]))) return { ...base, outcome: 'unjoinable' };
  const tail = entry.events.slice(storedCount - entry.from);
  const candidate = {
    info: stored.info,
    room: entry.room,
    recording: { initialRoom: stored.recording.initialRoom, events: [...stored.recording.events, ...tail] },
  };
  const parsed = parseSession(candidate);
  if (!parsed.ok) return { ...base, outcome: 'unjoinable' };
  const changed = tail.length > 0 || !same(entry.room, stored.room);
  const typing = Object.keys(entry.drafts.notes).length > 0 || Object.keys(entry.drafts.statements).length > 0;
  return { ...base, session: parsed.value, drafts: entry.drafts, outcome: changed || typing ? 'restored' : 'none' };
}
