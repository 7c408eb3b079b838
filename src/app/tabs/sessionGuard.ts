import { type SessionId, sessionId } from '../../domain/model/ids';
import type { SessionRepository } from '../../persistence/sessionRepository';
import { sessionLockName } from '../sessionLock';

/** The part of navigator.locks the guard uses; injected so tests can pass a fake. */
export interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable: true }, callback: (lock: unknown) => Promise<T>): Promise<T>;
  query(): Promise<{ held?: readonly { name?: string }[] }>;
}

/** Said when a library action would change a session another tab has open. */
export class SessionOpenElsewhere extends Error {
  readonly id: SessionId;
  constructor(id: SessionId, message: string) {
    super(message);
    this.name = 'SessionOpenElsewhere';
    this.id = id;
  }
}

export interface SessionGuard {
  /**
   * Runs the work while holding the session's lock, so no tab can open the session meanwhile;
   * refuses with SessionOpenElsewhere when a tab has it open. Nested calls for the same session
   * (a guarded save inside a guarded change) run inside the outer hold.
   */
  whileClosed<T>(id: SessionId, work: () => Promise<T>): Promise<T>;
  /** The sessions some tab has open now (a hint for the library's list; whileClosed is what decides). */
  openSessions(): Promise<ReadonlySet<SessionId>>;
}

const LOCK_PREFIX = sessionLockName('');

/** Without Web Locks there is no lock to respect either: every action goes ahead. */
export function createSessionGuard(locks: LockManagerLike | undefined, refusal: () => string): SessionGuard {
  const holding = new Set<SessionId>();
  return {
    whileClosed: async (id, work) => {
      if (!locks || holding.has(id)) return work();
      return locks.request(sessionLockName(id), { ifAvailable: true }, async (lock) => {
        if (lock === null) throw new SessionOpenElsewhere(id, refusal());
        holding.add(id);
        try {
          return await work();
        } finally {
          holding.delete(id);
        }
      });
    },
    openSessions: async () => {
      if (!locks) return new Set();
      const names = ((await locks.query()).held ?? []).flatMap((lock) => (lock.name?.startsWith(LOCK_PREFIX) ? [lock.name.slice(LOCK_PREFIX.length)] : []));
      // The library's own hold during an action is not a tab that has the session open.
      return new Set(names.map(sessionId).filter((id) => !holding.has(id)));
    },
  };
}

export function browserLocks(): LockManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.locks;
}

/** The repository as the library uses it: no write or removal reaches a session another tab has open. */
export function guardedRepository(repository: SessionRepository, guard: SessionGuard): SessionRepository {
  return {
    ...repository,
    save: (session, updatedAt, eventsAlreadySaved) => guard.whileClosed(session.info.id, () => repository.save(session, updatedAt, eventsAlreadySaved)),
    remove: (id) => guard.whileClosed(id, () => repository.remove(id)),
  };
}
