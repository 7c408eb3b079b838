import type { ResonansStore } from './createStore';
import { isFrozen } from './selectors';

/** Undo and redo move through the room's history; a drag in progress is dropped first. */
/** A finished session and a replay are kept as they were: nothing to undo there. */
const frozen = (store: ResonansStore) => isFrozen(store.getState());

export function undo(store: ResonansStore): void {
  if (frozen(store)) return;
  store.getState().endDrag(false);
  store.temporal.getState().undo();
}

export function redo(store: ResonansStore): void {
  if (frozen(store)) return;
  store.getState().endDrag(false);
  store.temporal.getState().redo();
}
