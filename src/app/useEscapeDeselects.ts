import { useEffect } from 'react';
import type { ResonansStore } from '../store/createStore';

/** Escape belongs to whatever is open on top: a dialog, a menu, a text field, a drag, presentation. */
const escapeBelongsElsewhere = (target: EventTarget | null) =>
  target instanceof Element && target.closest('dialog, [role=dialog], [popover], input[type=text], textarea, select, [contenteditable=true]') !== null;

/** Escape lets go of the selected figure, wherever the keyboard is in the room screen. */
export function useEscapeDeselects(store: ResonansStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || escapeBelongsElsewhere(event.target)) return;
      const state = store.getState();
      if (state.drag !== null || state.presenting || state.selectedFigureId === null) return;
      state.select(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
