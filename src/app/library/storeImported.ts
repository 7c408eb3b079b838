import type { IdSource } from '../../domain/model/ids';
import { duplicateSession, type Session } from '../../domain/model/session';
import type { EpochMillis } from '../../domain/model/units';
import type { SessionRepository } from '../../persistence/sessionRepository';

/**
 * Stores the sessions a file was read into. Only sessions that passed every check arrive here.
 * One already in the library is replaced, or kept beside the file's copy under a new id.
 */
export async function storeImported(
  repository: SessionRepository,
  sessions: readonly Session[],
  options: { readonly replace: boolean; readonly existingIds: ReadonlySet<string>; readonly ids: IdSource; readonly now: () => EpochMillis },
): Promise<void> {
  for (const session of sessions) {
    const exists = options.existingIds.has(session.info.id);
    await repository.save(exists && !options.replace ? duplicateSession(session, options.ids, options.now()) : session, options.now(), 0);
  }
}
