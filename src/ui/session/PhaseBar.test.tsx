import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, storeWithSession } from '../../../tests/unit/renderWithProviders';
import { PhaseBar } from './PhaseBar';

describe('PhaseBar', () => {
  it('changes the phase in the tab that edits the session', async () => {
    const { store } = storeWithSession();
    renderWithProviders(<PhaseBar />, store);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Next phase' }));
    expect(store.getState().progress.phase).toBe(1);
  });

  it('only shows the phases where the session is open read-only, as in a second tab', () => {
    const { store, session } = storeWithSession();
    store.getState().openSession(session, { readOnly: true });
    renderWithProviders(<PhaseBar />, store);
    expect(screen.getByRole('list', { name: 'Phases' })).toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });
});
