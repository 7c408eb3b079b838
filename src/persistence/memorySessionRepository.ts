import type { SessionId } from '../domain/model/ids';
import type { Session } from '../domain/model/session';
import type { EpochMillis } from '../domain/model/units';
import { newestFirst, type SessionRepository, summarise } from './sessionRepository';

/** Sessions in memory, for tests and for a browser that refuses storage. */
export function createMemorySessionRepository(): SessionRepository & { readonly saves: number } {
  const sessions = new Map<SessionId, { session: Session; updatedAt: EpochMillis }>();
  let saves = 0;
  return {
    get saves() {
      return saves;
    },
    list: async () => [...sessions.values()].map(({ session, updatedAt }) => summarise(session, updatedAt)).sort(newestFirst),
    load: async (id) => structuredClone(sessions.get(id)?.session),
    save: async (session, updatedAt) => {
      saves += 1;
      sessions.set(session.info.id, { session: structuredClone(session), updatedAt });
    },
    remove: async (id) => {
      sessions.delete(id);
    },
  };
}
