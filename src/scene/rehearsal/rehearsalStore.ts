import { counterIds } from '../../domain/model/ids';
import { createSession } from '../../domain/model/session';
import { epochMillis } from '../../domain/model/units';
import { createResonansStore, type ResonansStore } from '../../store/createStore';

/** The words are never seen (the rehearsal is drawn out of sight); a label needs some text to be drawn. */
const WORD = '·';

/**
 * What the room draws when it rehearses (see `RoomCanvas`): a small session of its own, with a
 * figure of every kind the room starts a session with, one of them chosen, so that every shader a
 * newly opened session needs is built. Nothing of it is kept or recorded anywhere else.
 */
export function rehearsalStore(): ResonansStore {
  const ids = counterIds('rehearsal');
  const now = () => epochMillis(0);
  const session = createSession(
    { clientPseudonym: WORD, intention: WORD, template: 'iopt', elements: [WORD, WORD] },
    { client: WORD, intention: WORD },
    { ids, now },
  );
  const store = createResonansStore({ ids, now });
  store.getState().openSession(session);
  // A chosen figure shows its marks, which have shaders of their own.
  store.getState().select(session.room.order[0] ?? null);
  return store;
}
