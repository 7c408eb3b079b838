import { useLayoutEffect } from 'react';
import type { ResonansStore } from '../store/createStore';
import type { Preferences } from './preferences';

const BOARD_KEY = 'board';
const applied = new WeakSet<ResonansStore>();

/**
 * The therapist's choice of board is kept on this device: read into the store the first time a
 * room opens in this page, and written back whenever it changes.
 */
export function useRememberedBoard(store: ResonansStore, preferences: Preferences): void {
  useLayoutEffect(() => {
    if (!applied.has(store)) {
      applied.add(store);
      if (prefersFlatBoard(preferences)) store.getState().setBoard('flat');
    }
    return store.subscribe((state, previous) => {
      if (state.board !== previous.board) preferences.set(BOARD_KEY, state.board);
    });
  }, [store, preferences]);
}

/** Whether the therapist chose the 2D board on this device. */
export const prefersFlatBoard = (preferences: Preferences): boolean => preferences.get(BOARD_KEY) === 'flat';
