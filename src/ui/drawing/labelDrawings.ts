import { useCallback, useContext, useSyncExternalStore } from 'react';
import { memoryPreferences, type Preferences } from '../../app/preferences';
import { ServicesContext } from '../../app/services';

/**
 * Whether the names in the room carry each drawn element's small picture: a setting of this
 * device (it says nothing about a client), on unless the therapist turns it off.
 */
const KEY = 'labelDrawings';
const listeners = new Set<() => void>();
// Without the app's services (a component test), the setting lasts for the page.
const fallback = memoryPreferences();

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

export function useLabelDrawings(): [shown: boolean, setShown: (shown: boolean) => void] {
  const preferences: Preferences = useContext(ServicesContext)?.preferences ?? fallback;
  const shown = useSyncExternalStore(subscribe, () => preferences.get(KEY) !== 'off');
  const setShown = useCallback(
    (next: boolean) => {
      preferences.set(KEY, next ? 'on' : 'off');
      for (const listener of listeners) listener();
    },
    [preferences],
  );
  return [shown, setShown];
}
