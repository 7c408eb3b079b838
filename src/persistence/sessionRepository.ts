import type { SessionId } from '../domain/model/ids';
import type { PhaseTemplateId } from '../domain/model/phaseTemplate';
import type { Session } from '../domain/model/session';
import type { EpochMillis } from '../domain/model/units';
import { currentPhase, isFinished, recordingEnd } from '../domain/recording/recording';

/** What the library shows of a session without loading its room. */
export interface SessionSummary {
  readonly id: SessionId;
  readonly clientPseudonym: string;
  readonly intention: string;
  readonly template: PhaseTemplateId;
  readonly createdAt: EpochMillis;
  readonly updatedAt: EpochMillis;
  /** The phase reached and the recorded length, in session time. */
  readonly phase: number;
  readonly durationMs: number;
  readonly finished: boolean;
  /** The fictional demo that ships with the app. */
  readonly demo: boolean;
  /** In the bin since then; undefined when not in the bin. */
  readonly binnedAt?: EpochMillis;
  readonly pseudonymised: boolean;
}

/** A stored recording that has lost events: only the first `keptEvents` of `expectedEvents` could be read in order. */
export interface StoreDamage {
  readonly keptEvents: number;
  readonly expectedEvents: number;
}

/** A session as storage holds it, with how many events storage holds and whether any were lost. */
export interface OpenedSession {
  readonly session: Session;
  /** The events storage holds in an unbroken run from the first: the offset the next save appends at. */
  readonly storedEvents: number;
  readonly damage: StoreDamage | null;
}

/** Where sessions are kept. The app uses IndexedDB; tests may use memory. */
export interface SessionRepository {
  /** Newest first. */
  list(): Promise<SessionSummary[]>;
  /** The session, its recording recovered as far as it is whole (see `open` for what was lost). */
  load(id: SessionId): Promise<Session | undefined>;
  /** The session for editing: says how many events are stored and whether the stored recording is damaged. */
  open(id: SessionId): Promise<OpenedSession | undefined>;
  /**
   * Writes the session. Recordings only grow, so only the events after the first
   * `eventsAlreadySaved` are written; 0 writes the whole recording anew. An offset that is not
   * the number of events stored is refused with `StoredLengthMismatch`, so a write can never
   * leave a hole or a repeat in the stored recording.
   */
  save(session: Session, updatedAt: EpochMillis, eventsAlreadySaved?: number): Promise<void>;
  remove(id: SessionId): Promise<void>;
}

/** A save appended at an offset other than the stored length; the caller writes the whole recording anew. */
export class StoredLengthMismatch extends Error {
  constructor(
    readonly offset: number,
    readonly stored: number,
  ) {
    super(`the stored recording holds ${stored} events, not ${offset}`);
    this.name = 'StoredLengthMismatch';
  }
}

export function summarise(session: Session, updatedAt: EpochMillis): SessionSummary {
  const { id, clientPseudonym, intention, template, createdAt } = session.info;
  return {
    id,
    clientPseudonym,
    intention,
    template,
    createdAt,
    updatedAt,
    phase: currentPhase(session.recording),
    durationMs: recordingEnd(session.recording),
    finished: isFinished(session.recording),
    demo: session.info.demo === true,
    binnedAt: session.info.binnedAt,
    pseudonymised: session.info.pseudonymised === true,
  };
}

export const newestFirst = (a: SessionSummary, b: SessionSummary): number => b.createdAt - a.createdAt || b.updatedAt - a.updatedAt;
