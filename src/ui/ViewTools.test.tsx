import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, storeWithSession } from '../../tests/unit/renderWithProviders';
import { ViewTools } from './ViewTools';

describe('ViewTools and the 2D board', () => {
  it('lets the therapist choose the 2D board, where the 3D views step aside, and go back', async () => {
    const { store } = storeWithSession();
    renderWithProviders(<ViewTools />, store);
    const user = userEvent.setup();
    await user.click(screen.getByRole('switch', { name: '2D board' }));
    expect(store.getState().board).toBe('flat');
    expect(screen.queryByRole('switch', { name: 'Top view' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reset view' })).toBeNull();
    await user.click(screen.getByRole('switch', { name: '2D board' }));
    expect(store.getState().board).toBe('room');
    expect(screen.getByRole('switch', { name: 'Top view' })).toBeInTheDocument();
  });

  it('after a lost context shows the board as on, and turning it off tries the 3D room again', async () => {
    const { store } = storeWithSession();
    act(() => store.getState().setRoom3dUnavailable('lost'));
    renderWithProviders(<ViewTools />, store);
    expect(screen.getByRole('switch', { name: '2D board' })).toBeChecked();
    await userEvent.setup().click(screen.getByRole('switch', { name: '2D board' }));
    expect(store.getState().room3dUnavailable).toBeNull();
    expect(store.getState().board).toBe('room');
  });

  it('offers no switch where there is no WebGL: the board is all there is', () => {
    const { store } = storeWithSession();
    act(() => store.getState().setRoom3dUnavailable('missing'));
    renderWithProviders(<ViewTools />, store);
    expect(screen.queryByRole('toolbar')).toBeNull();
  });
});
