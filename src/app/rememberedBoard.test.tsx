import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixedNow } from '../../tests/unit/renderWithProviders';
import { counterIds } from '../domain/model/ids';
import { createResonansStore } from '../store/createStore';
import { memoryPreferences } from './preferences';
import { useRememberedBoard } from './rememberedBoard';

describe('useRememberedBoard', () => {
  it('keeps the therapist’s choice of board on this device and brings it back on the next visit', () => {
    const preferences = memoryPreferences();
    const store = createResonansStore({ ids: counterIds('t'), now: fixedNow });
    const first = renderHook(() => useRememberedBoard(store, preferences));
    expect(store.getState().board).toBe('room');
    act(() => store.getState().setBoard('flat'));
    expect(preferences.get('board')).toBe('flat');
    first.unmount();

    const nextVisit = createResonansStore({ ids: counterIds('t'), now: fixedNow });
    renderHook(() => useRememberedBoard(nextVisit, preferences));
    expect(nextVisit.getState().board).toBe('flat');
    act(() => nextVisit.getState().setBoard('room'));
    expect(preferences.get('board')).toBe('room');
  });

  it('reads the choice only once per page, so going back to 3D is not undone when the room opens again', () => {
    const preferences = memoryPreferences();
    preferences.set('board', 'flat');
    const store = createResonansStore({ ids: counterIds('t'), now: fixedNow });
    const first = renderHook(() => useRememberedBoard(store, preferences));
    act(() => store.getState().setBoard('room'));
    first.unmount();
    renderHook(() => useRememberedBoard(store, preferences));
    expect(store.getState().board).toBe('room');
  });
});
