import * as v from 'valibot';
import { type CompactEvents, decodeEvents, isCompactEvents } from '../domain/format/compactEvents';
import { describeIssue } from '../domain/format/describeIssue';
import { migrate, type MigrationStep } from '../domain/format/migrations';
import { RecordedEventSchema } from '../domain/format/recordingSchema';
import { APP_NAME, SESSION_FILE_FORMAT } from '../domain/format/sessionFile';
import { parseSession } from '../domain/format/sessionSchema';
import type { Session } from '../domain/model/session';
import type { RecordedEvent } from '../domain/recording/events';
import { firstOutOfTimeOrder } from '../domain/recording/recording';
import type { OpenedSession, StoreDamage } from './sessionRepository';

/** The session without its recorded events, which live in `events` chunks. */
export interface StoredSession {
  readonly id: string;
  readonly version: 1 | 2;
  readonly session: Omit<Session, 'recording'> & { readonly recording?: { readonly initialRoom: Session['room'] } };
  readonly updatedAt: number;
  /** How many events the recording held when this was written: the chunks must add up to it. */
  readonly eventCount?: number;
  /** The session file version (domain/format/migrations.ts) the session was written in; missing means 1. */
  readonly formatVersion?: number;
}

/** A run of recorded events, appended by one save. */
export interface StoredEvents {
  readonly sessionId: string;
  /** The index of the first event in this chunk. */
  readonly from: number;
  /** As columns (database version 3 on, `domain/format/compactEvents.ts`); as plain objects before. */
  readonly events: CompactEvents | readonly RecordedEvent[];
}

/** A chunk's events, or why they cannot be read. */
export type ChunkReader = (events: StoredEvents['events']) => RecordedEvent[] | string;

/** Reads a chunk of either shape; the events are checked later, with the whole session. */
export const readChunk: ChunkReader = (events) => {
  if (!isCompactEvents(events)) return Array.isArray(events) ? [...(events as readonly RecordedEvent[])] : 'a stored chunk is not a list of events';
  const decoded = decodeEvents(events);
  return decoded.ok ? decoded.events : decoded.problem;
};

/**
 * Reads and checks a chunk the app wrote itself in today's format: the pose columns in one pass
 * over numbers (`decodeEvents`), the few other events through the file schema's event check.
 */
export const readCheckedChunk: ChunkReader = (stored) => {
  const events = readChunk(stored);
  if (typeof events === 'string') return events;
  const others = isCompactEvents(stored) ? stored.others : events;
  for (const event of others) {
    const checked = v.safeParse(RecordedEventSchema, event);
    if (!checked.success) return describeIssue(checked.issues[0], 'event');
  }
  return events;
};

/**
 * Joins the chunks of a recording while they follow each other without a gap or an overlap, can
 * be read, and keep their order of time. A break, or fewer events than the session says it
 * holds, is damage: what comes before it is kept and the loss is reported, never hidden.
 */
export function joinChunks(
  chunks: readonly StoredEvents[],
  eventCount: number | undefined,
  read: ChunkReader = readChunk,
): { events: RecordedEvent[]; damage: StoreDamage | null } {
  const sorted = [...chunks].sort((a, b) => a.from - b.from);
  const events: RecordedEvent[] = [];
  for (const chunk of sorted) {
    if (chunk.from !== events.length) break;
    const chunkEvents = read(chunk.events);
    if (typeof chunkEvents === 'string') break;
    // One by one: a chunk of a whole long session is too many arguments for one push.
    for (const event of chunkEvents) events.push(event);
  }
  const backInTime = firstOutOfTimeOrder(events);
  if (backInTime >= 0) events.length = backInTime;
  const furthest = sorted.reduce((end, chunk) => Math.max(end, chunk.from + chunk.events.length), 0);
  const expectedEvents = Math.max(eventCount ?? furthest, furthest);
  // Events past the count were never acknowledged by the session they belong to.
  if (eventCount !== undefined && events.length > eventCount) events.length = eventCount;
  return { events, damage: events.length < expectedEvents ? { keptEvents: events.length, expectedEvents } : null };
}

/**
 * A stored session as a session of today's format. One the app wrote in today's format gets a
 * check proportionate to the risk: its info and rooms through the file schema, its recording
 * chunk by chunk (`readCheckedChunk`). One of an older format is joined, brought up through the
 * same migrations as a file of its version, then checked whole by the same schema as a file.
 * Throws a plain message when it cannot be read.
 */
export function readStoredSession(
  stored: StoredSession,
  chunks: readonly StoredEvents[],
  format: { readonly version: number; readonly migrations: readonly MigrationStep[] },
): OpenedSession {
  const version = stored.formatVersion ?? 1;
  if (version > format.version) {
    throw new Error(`This session was saved by a newer version of Resonans (format ${version}); update Resonans to open it.`);
  }
  const current = version === format.version;
  const { events, damage } = joinChunks(chunks, stored.eventCount, current ? readCheckedChunk : readChunk);
  // A session kept before recordings existed starts one from its room, as a file would hold it.
  const initialRoom = stored.session.recording?.initialRoom ?? stored.session.room;
  const session = { info: stored.session.info, room: stored.session.room, recording: { initialRoom, events: current ? [] : events } };
  if (current) {
    const parsed = parseSession(session);
    if (!parsed.ok) throw new Error(`The stored session is damaged (${parsed.problem}).`);
    return { session: { ...parsed.value, recording: { ...parsed.value.recording, events } }, storedEvents: events.length, damage };
  }
  const file = {
    format: SESSION_FILE_FORMAT,
    version,
    exportedAt: stored.updatedAt,
    app: APP_NAME,
    pseudonymised: stored.session.info.pseudonymised === true,
    session,
  };
  const migrated = migrate(file, version, format.migrations, format.version);
  if (!migrated.ok) throw new Error(`The stored session cannot be brought up to date (${migrated.problem}).`);
  const parsed = parseSession((migrated.doc as { session?: unknown } | null)?.session);
  if (!parsed.ok) throw new Error(`The stored session is damaged (${parsed.problem}).`);
  return { session: parsed.value, storedEvents: events.length, damage };
}
