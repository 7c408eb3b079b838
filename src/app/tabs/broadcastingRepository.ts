import type { SessionRepository } from '../../persistence/sessionRepository';
import type { TabChannel } from './tabChannel';

/**
 * The repository every tab writes through: after each write that succeeded, the other tabs
 * hear which session changed, so their library and open session can catch up.
 */
export function broadcastingRepository(repository: SessionRepository, channel: TabChannel): SessionRepository {
  // Reads pass through as they are; only writes are told.
  return {
    ...repository,
    save: async (session, updatedAt, eventsAlreadySaved) => {
      await repository.save(session, updatedAt, eventsAlreadySaved);
      channel.post({ kind: 'saved', id: session.info.id });
    },
    remove: async (id) => {
      await repository.remove(id);
      channel.post({ kind: 'removed', id });
    },
  };
}
