import { counterIds } from '../model/ids';
import { createSession } from '../model/session';
import { epochMillis } from '../model/units';

/** A session for the sync tests: the client, the intention and three elements. */
export function syncTestSession(options: { covert?: boolean } = {}) {
  return createSession(
    { clientPseudonym: 'Birk', intention: 'I want to sleep better', template: 'iopt', elements: ['sleep', 'better', 'want'], covert: options.covert ?? false },
    { client: 'Me', intention: 'Intention' },
    { ids: counterIds('f'), now: () => epochMillis(1_700_000_000_000), random: () => 0.5 },
  );
}
