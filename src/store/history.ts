import type { ResonansStore } from './createStore';

/** Undo and redo move through the room's history; a drag in progress is dropped first. */
export function undo(store: ResonansStore): void {
  store.getState().endDrag(false);
  store.temporal.getState().undo();
}

export function redo(store: ResonansStore): void {
  store.getState().endDrag(false);
  store.temporal.getState().redo();
}
