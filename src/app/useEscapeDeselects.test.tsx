import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { storeWithSession } from '../../tests/unit/renderWithProviders';
import { useEscapeDeselects } from './useEscapeDeselects';

const pressEscape = (target: EventTarget = document.body) => {
  const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
  act(() => {
    target.dispatchEvent(event);
  });
};

describe('useEscapeDeselects', () => {
  it('lets go of the selected figure on Escape', () => {
    const { store } = storeWithSession();
    renderHook(() => useEscapeDeselects(store));
    act(() => store.getState().select(store.getState().room.order[0]!));
    pressEscape();
    expect(store.getState().selectedFigureId).toBeNull();
  });

  it('leaves Escape to a text field, a dialog and a drag', () => {
    const { store } = storeWithSession();
    renderHook(() => useEscapeDeselects(store));
    const id = store.getState().room.order[0]!;
    act(() => store.getState().select(id));
    const note = document.body.appendChild(document.createElement('textarea'));
    pressEscape(note);
    const dialog = document.body.appendChild(document.createElement('dialog'));
    pressEscape(dialog.appendChild(document.createElement('button')));
    expect(store.getState().selectedFigureId).toBe(id);
    act(() => store.getState().previewDrag(id, { x: 0.5, z: 0.5, facing: 0 }));
    pressEscape();
    expect(store.getState().selectedFigureId).toBe(id);
    note.remove();
    dialog.remove();
  });

  it('stops listening when the room closes', () => {
    const { store } = storeWithSession();
    const { unmount } = renderHook(() => useEscapeDeselects(store));
    const id = store.getState().room.order[1]!;
    act(() => store.getState().select(id));
    unmount();
    pressEscape();
    expect(store.getState().selectedFigureId).toBe(id);
  });
});
