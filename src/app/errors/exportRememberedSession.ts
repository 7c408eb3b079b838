import type { Session } from '../../domain/model/session';
import { createResonansStore } from '../../store/createStore';
import { exportOpenSession } from '../library/exportOpenSession';
import type { Services } from '../services';

/** Writes a remembered session to a file the way an open one is exported, through a store of its own. */
export async function exportRememberedSession(session: Session, { ids, now }: Pick<Services, 'ids' | 'now'>): Promise<void> {
  const copy = createResonansStore({ ids, now });
  copy.getState().openSession(session, { readOnly: true });
  await exportOpenSession(copy, now());
}
