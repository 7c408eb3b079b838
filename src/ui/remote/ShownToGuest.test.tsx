import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, storeWithSession } from '../../../tests/unit/renderWithProviders';
import { ShownToGuest } from './ShownToGuest';

describe('What the therapist shows the client', () => {
  it('shows the current phase’s note only while ticked, phase by phase, and the pseudonym apart from it', async () => {
    const { store } = storeWithSession();
    renderWithProviders(<ShownToGuest />, store);
    const note = () => screen.getByRole('checkbox', { name: 'This phase’s note' });
    const pseudonym = screen.getByRole('checkbox', { name: 'The pseudonym' });
    expect(note()).not.toBeChecked();
    expect(store.getState().remote.shownNotes).toEqual([]);

    await userEvent.click(note());
    expect(store.getState().remote.shownNotes).toEqual([0]);
    expect(store.getState().remote.showPseudonym).toBe(false);

    act(() => store.getState().goToPhase(1));
    expect(note()).not.toBeChecked();
    note().focus();
    await userEvent.keyboard(' ');
    expect(store.getState().remote.shownNotes).toEqual([0, 1]);
    await userEvent.click(note());
    expect(store.getState().remote.shownNotes).toEqual([0]);

    await userEvent.click(pseudonym);
    expect(store.getState().remote.showPseudonym).toBe(true);
    await userEvent.click(pseudonym);
    expect(store.getState().remote.showPseudonym).toBe(false);
  });
});
