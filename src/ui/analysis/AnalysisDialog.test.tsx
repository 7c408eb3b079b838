import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, storeWithSession } from '../../../tests/unit/renderWithProviders';
import AnalysisDialog from './AnalysisDialog';

function open() {
  const { store } = storeWithSession();
  store.getState().openReplay(0);
  const onClose = vi.fn();
  renderWithProviders(<AnalysisDialog onClose={onClose} />, store);
  return { onClose, dialog: screen.getByRole('dialog', { name: 'Movement analysis' }) };
}

describe('AnalysisDialog', () => {
  it('is a modal dialog named by its title that its close button closes', async () => {
    const { onClose, dialog } = open();
    expect(dialog).toHaveAttribute('open');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close the analysis' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes on Escape', () => {
    const { onClose, dialog } = open();
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
