import type { SessionId } from '../domain/model/ids';
import type { PhaseTemplateId } from '../domain/model/phaseTemplate';
import type { Session } from '../domain/model/session';
import type { EpochMillis } from '../domain/model/units';

/** What the library shows of a session without loading its room. */
export interface SessionSummary {
  readonly id: SessionId;
  readonly clientPseudonym: string;
  readonly intention: string;
  readonly template: PhaseTemplateId;
  readonly createdAt: EpochMillis;
  readonly updatedAt: EpochMillis;
}

/** Where sessions are kept. The app uses IndexedDB; tests may use memory. */
export interface SessionRepository {
  /** Newest first. */
  list(): Promise<SessionSummary[]>;
  load(id: SessionId): Promise<Session | undefined>;
  save(session: Session, updatedAt: EpochMillis): Promise<void>;
  remove(id: SessionId): Promise<void>;
}

export function summarise(session: Session, updatedAt: EpochMillis): SessionSummary {
  const { id, clientPseudonym, intention, template, createdAt } = session.info;
  return { id, clientPseudonym, intention, template, createdAt, updatedAt };
}

export const newestFirst = (a: SessionSummary, b: SessionSummary): number => b.createdAt - a.createdAt || b.updatedAt - a.updatedAt;
