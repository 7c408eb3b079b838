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

/** Where sessions are kept. The app uses IndexedDB; tests may use memory. */
export interface SessionRepository {
  /** Newest first. */
  list(): Promise<SessionSummary[]>;
  load(id: SessionId): Promise<Session | undefined>;
  /**
   * Writes the session. Recordings only grow, so only the events after the first
   * `eventsAlreadySaved` are written; 0 writes the whole recording anew.
   */
  save(session: Session, updatedAt: EpochMillis, eventsAlreadySaved?: number): Promise<void>;
  remove(id: SessionId): Promise<void>;
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
