import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { ResonansStore } from './createStore';
import type { ResonansState } from './storeTypes';

const StoreContext = createContext<ResonansStore | null>(null);

export function StoreProvider({ store, children }: { store: ResonansStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useResonansStore(): ResonansStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useResonansStore needs a StoreProvider above it');
  return store;
}

/** Reads one narrow piece of the state; the component re-renders only when it changes. */
export function useResonans<T>(selector: (state: ResonansState) => T): T {
  return useStore(useResonansStore(), selector);
}

export function useCanUndo(): { canUndo: boolean; canRedo: boolean } {
  const store = useResonansStore();
  const canUndo = useStore(store.temporal, (t) => t.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (t) => t.futureStates.length > 0);
  return { canUndo, canRedo };
}
