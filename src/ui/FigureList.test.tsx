import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, storeWithSession } from '../../tests/unit/renderWithProviders';
import { undo } from '../store/history';
import { focusFigureList } from './roomFocus';
import { FigureList, keyAction } from './FigureList';

/** Focus as the app gives it when a screen opens: through the figure list's own helper. */
function quietlyFocus(entry: HTMLElement): void {
  // jsdom lays nothing out, so the helper's check for a shown entry is given a box here.
  entry.getClientRects = () => [new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList;
  const root = entry.closest('ul')!;
  for (const other of root.querySelectorAll<HTMLElement>('.figure-entry-button')) {
    if (other !== entry) other.getClientRects = () => [] as unknown as DOMRectList;
  }
  expect(focusFigureList(root.parentElement!)).toBe(true);
  expect(entry).toHaveFocus();
}

describe('FigureList', () => {
  it('names every figure and shows its pose as text', () => {
    const { store } = storeWithSession();
    renderWithProviders(<FigureList />, store);
    const list = screen.getByRole('list', { name: 'Figures' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(['Me', 'Intention', 'Eg', 'vil', 'sove', 'betre']);
    const me = store.getState().room.figures[store.getState().room.order[0]!]!;
    expect(screen.getByRole('button', { name: 'Me' })).toHaveAccessibleDescription(`x ${me.pose.x.toFixed(2)} m, z ${me.pose.z.toFixed(2)} m, facing 0°`);
  });

  it('moves the focused figure 10 cm per arrow key and turns it 15° per bracket', async () => {
    const { store } = storeWithSession();
    renderWithProviders(<FigureList />, store);
    const user = userEvent.setup();
    const id = store.getState().room.order[2]!;
    const before = store.getState().room.figures[id]!.pose;
    await user.click(screen.getByRole('button', { name: 'Eg' }));
    expect(store.getState().selectedFigureId).toBe(id);
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowLeft}]]][[');
    const after = store.getState().room.figures[id]!.pose;
    expect(after.x).toBeCloseTo(before.x - 0.1, 10);
    expect(after.z).toBeCloseTo(before.z - 0.2, 10);
    expect(after.facing).toBe(30);
    expect(screen.getByRole('button', { name: 'Eg' })).toHaveAccessibleDescription(/facing 30°$/);
    act(() => undo(store));
    expect(screen.getByRole('button', { name: 'Eg' })).toHaveAccessibleDescription(/facing 45°$/);
  });

  it('shows a drag in progress and returns to the room when the drag is dropped', () => {
    const { store } = storeWithSession();
    renderWithProviders(<FigureList />, store);
    const id = store.getState().room.order[0]!;
    act(() => store.getState().previewDrag(id, { x: 1.234, z: -0.5, facing: 90 }));
    expect(screen.getByRole('button', { name: 'Me' })).toHaveAccessibleDescription('x 1.23 m, z -0.50 m, facing 90°');
    act(() => store.getState().endDrag(false));
    expect(screen.getByRole('button', { name: 'Me' })).toHaveAccessibleDescription(/facing 0°$/);
  });

  it('never shows minus zero', () => {
    const { store } = storeWithSession('a');
    renderWithProviders(<FigureList />, store);
    const id = store.getState().room.order[0]!;
    act(() => store.getState().placeFigure(id, { x: -0.001, z: -0.004, facing: 359.7 }));
    expect(screen.getByRole('button', { name: 'Me' })).toHaveAccessibleDescription('x 0.00 m, z 0.00 m, facing 0°');
  });

  it('takes long steps with Shift: 50 cm per arrow key and 45° per bracket, on keyboards that type { } with Shift too', async () => {
    const { store } = storeWithSession();
    renderWithProviders(<FigureList />, store);
    const user = userEvent.setup();
    const id = store.getState().room.order[3]!;
    const before = store.getState().room.figures[id]!.pose;
    await user.click(screen.getByRole('button', { name: 'vil' }));
    await user.keyboard('{Shift>}{ArrowUp}{ArrowRight}{/Shift}');
    const moved = store.getState().room.figures[id]!.pose;
    expect(moved.x).toBeCloseTo(before.x + 0.5, 10);
    expect(moved.z).toBeCloseTo(before.z - 0.5, 10);
    await user.keyboard('{Shift>}]]{/Shift}');
    expect(store.getState().room.figures[id]!.pose.facing).toBe(90);
    // "{{" is how user-event types one "{".
    await user.keyboard('{{{{');
    expect(store.getState().room.figures[id]!.pose.facing).toBe(0);
  });

  it('reads each key as one move or turn, and leaves every other key alone', () => {
    expect(keyAction('ArrowLeft', false)).toEqual({ move: [-0.1, 0] });
    expect(keyAction('ArrowDown', true)).toEqual({ move: [0, 0.5] });
    expect(keyAction('[', false)).toEqual({ turn: -15 });
    expect(keyAction('[', true)).toEqual({ turn: -45 });
    expect(keyAction('}', true)).toEqual({ turn: 45 });
    expect(keyAction('a', true)).toBeNull();
    expect(keyAction('Enter', false)).toBeNull();
  });

  it('selects a figure when a key moves it, even if focus came without choosing it', async () => {
    const { store } = storeWithSession();
    renderWithProviders(<FigureList />, store);
    act(() => store.getState().select(null));
    const entry = screen.getByRole('button', { name: 'sove' });
    // Focus given by the app itself (opening the room, the skip link) chooses no figure.
    act(() => {
      quietlyFocus(entry);
    });
    expect(store.getState().selectedFigureId).toBeNull();
    await userEvent.setup().keyboard('{ArrowLeft}');
    expect(store.getState().selectedFigureId).toBe(store.getState().room.order[4]);
  });

  it('tells a touch screen how fingers move and turn a figure, and a keyboard its keys', () => {
    const { store } = storeWithSession();
    renderWithProviders(<FigureList />, store);
    const list = screen.getByRole('list', { name: 'Figures' });
    expect(list).toHaveAccessibleDescription(/arrow keys move it 10 cm, with Shift 50 cm/);
    act(() => {
      window.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch' }));
    });
    expect(list).toHaveAccessibleDescription(/twist two fingers on it or drag its turn handle/);
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    });
    expect(list).toHaveAccessibleDescription(/arrow keys/);
  });
});
