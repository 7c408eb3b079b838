import { migrate, type MigrationStep } from '../domain/format/migrations';
import { APP_NAME, SESSION_FILE_FORMAT } from '../domain/format/sessionFile';
import { parseSession } from '../domain/format/sessionSchema';
import type { Session } from '../domain/model/session';
import type { RecordedEvent } from '../domain/recording/events';
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
  readonly events: readonly RecordedEvent[];
}

/**
 * Joins the chunks of a recording while they follow each other without a gap or an overlap. A
 * break, or fewer events than the session says it holds, is damage: what comes before it is kept
 * and the loss is reported, never hidden.
 */
export function joinChunks(chunks: readonly StoredEvents[], eventCount: number | undefined): { events: RecordedEvent[]; damage: StoreDamage | null } {
  const sorted = [...chunks].sort((a, b) => a.from - b.from);
  const events: RecordedEvent[] = [];
  for (const chunk of sorted) {
    if (chunk.from !== events.length) break;
    events.push(...chunk.events);
  }
  const furthest = sorted.reduce((end, chunk) => Math.max(end, chunk.from + chunk.events.length), 0);
  const expectedEvents = Math.max(eventCount ?? furthest, furthest);
  // Events past the count were never acknowledged by the session they belong to.
  if (eventCount !== undefined && events.length > eventCount) events.length = eventCount;
  return { events, damage: events.length < expectedEvents ? { keptEvents: events.length, expectedEvents } : null };
}

/**
 * A stored session as a session of today's format: its recording joined from its chunks, then
 * brought up through the same migrations as a file of its version, then checked by the same
 * schema. Throws a plain message when it cannot be read.
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
  const { events, damage } = joinChunks(chunks, stored.eventCount);
  // A session kept before recordings existed starts one from its room, as a file would hold it.
  const initialRoom = stored.session.recording?.initialRoom ?? stored.session.room;
  const file = {
    format: SESSION_FILE_FORMAT,
    version,
    exportedAt: stored.updatedAt,
    app: APP_NAME,
    pseudonymised: stored.session.info.pseudonymised === true,
    session: { info: stored.session.info, room: stored.session.room, recording: { initialRoom, events } },
  };
  const migrated = migrate(file, version, format.migrations, format.version);
  if (!migrated.ok) throw new Error(`The stored session cannot be brought up to date (${migrated.problem}).`);
  const session = (migrated.doc as { session?: unknown } | null)?.session;
  const parsed = parseSession(session);
  if (!parsed.ok) throw new Error(`The stored session is damaged (${parsed.problem}).`);
  return { session: parsed.value, storedEvents: events.length, damage };
}
