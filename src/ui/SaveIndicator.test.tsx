import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, storeWithSession } from '../../tests/unit/renderWithProviders';
import { SaveIndicator } from './SaveIndicator';

describe('SaveIndicator', () => {
  it('says a failed save plainly, with its reason and that it is tried again, never "Saved"', () => {
    const { store } = storeWithSession();
    renderWithProviders(<SaveIndicator />, store);
    act(() => store.getState().setSaveStatus('failed', 'the disk is full.'));
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved: the disk is full. Your work is kept in this window. Resonans keeps trying.');
    expect(screen.queryByText('Saved on this device')).toBeNull();
    act(() => store.getState().setSaveStatus('saved'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Saved on this device')).toBeInTheDocument();
  });

  it('in a read-only tab, says that editing moves here when the other closes', () => {
    const { store, session } = storeWithSession();
    act(() => store.getState().openSession(session, { readOnly: true }));
    renderWithProviders(<SaveIndicator />, store);
    expect(screen.getByText('Editing moves to this window by itself when the other one closes.')).toBeInTheDocument();
  });

  it('shows a damaged store as an alert with the counts, and a notice goes when closed', async () => {
    const { store } = storeWithSession();
    renderWithProviders(<SaveIndicator />, store);
    act(() => {
      store.getState().showKeepingNotice({ kind: 'damaged', keptEvents: 120, expectedEvents: 200 });
      store.getState().showKeepingNotice({ kind: 'tookOver' });
    });
    expect(screen.getByRole('alert')).toHaveTextContent('The first 120 of 200 recorded events are kept');
    expect(screen.getByText(/This window now edits the session/)).toBeInTheDocument();
    const closes = screen.getAllByRole('button', { name: 'Close' });
    expect(closes).toHaveLength(2);
    await userEvent.setup().click(closes[0]!);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(store.getState().keepingNotices).toEqual([{ kind: 'tookOver' }]);
  });
});
