import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, storeWithSession } from '../../tests/unit/renderWithProviders';
import { undo } from '../store/history';
import { FigureList } from './FigureList';

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
});
