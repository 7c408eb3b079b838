import type { SessionId } from '../domain/model/ids';
import type { Session } from '../domain/model/session';
import type { EpochMillis } from '../domain/model/units';
import type { RecordedEvent } from '../domain/recording/events';
import { newestFirst, type SessionRepository, StoredLengthMismatch, summarise } from './sessionRepository';

interface Kept {
  readonly session: Session;
  readonly events: readonly RecordedEvent[];
  readonly updatedAt: EpochMillis;
}

/**
 * Sessions in memory, for tests and for a browser that refuses storage. It keeps IndexedDB's
 * semantics: new events are appended at the offset given, and an offset that is not the stored
 * length is refused, so a test against memory catches what would leave a hole on disk.
 */
export function createMemorySessionRepository(): SessionRepository & { readonly saves: number } {
  const sessions = new Map<SessionId, Kept>();
  let saves = 0;
  const whole = (kept: Kept): Session => structuredClone({ ...kept.session, recording: { ...kept.session.recording, events: kept.events } });
  return {
    get saves() {
      return saves;
    },
    list: async () =>
      [...sessions.values()].map(({ session, events, updatedAt }) => summarise(whole({ session, events, updatedAt }), updatedAt)).sort(newestFirst),
    load: async (id) => {
      const kept = sessions.get(id);
      return kept ? whole(kept) : undefined;
    },
    open: async (id) => {
      const kept = sessions.get(id);
      return kept ? { session: whole(kept), storedEvents: kept.events.length, damage: null } : undefined;
    },
    save: async (session, updatedAt, eventsAlreadySaved = 0) => {
      const before = sessions.get(session.info.id);
      const all = session.recording.events;
      const stored = before?.events.length ?? 0;
      if (eventsAlreadySaved !== 0 && (eventsAlreadySaved !== stored || eventsAlreadySaved > all.length)) {
        throw new StoredLengthMismatch(eventsAlreadySaved, stored);
      }
      saves += 1;
      const added = structuredClone(all.slice(eventsAlreadySaved));
      const events = eventsAlreadySaved === 0 ? added : [...(before?.events ?? []), ...added];
      const { recording, ...rest } = session;
      sessions.set(session.info.id, {
        session: structuredClone({ ...rest, recording: { initialRoom: recording.initialRoom, events: [] } }),
        events,
        updatedAt,
      });
    },
    remove: async (id) => {
      sessions.delete(id);
    },
  };
}
