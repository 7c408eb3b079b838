import type { Session } from '../../domain/model/session';
import type { ResonansStore } from '../../store/createStore';

/**
 * Remembers the session last open in the store. When a screen fails, React unmounts it and
 * the session closes; this still holds what the tab had, so it can be exported.
 */
export function rememberLastOpenSession(store: ResonansStore): { last(): Session | null; stop(): void } {
  let last: Session | null = null;
  const remember = () => {
    const { session, room, recording } = store.getState();
    // The events array grows in place, so holding it keeps every event recorded until the failure.
    if (session && recording) last = { info: session, room, recording };
  };
  remember();
  const stop = store.subscribe(remember);
  return { last: () => last, stop };
}
