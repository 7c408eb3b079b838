import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fixedNow, renderWithProviders } from '../../../tests/unit/renderWithProviders';
import { memoryPreferences } from '../../app/preferences';
import { type Services, ServicesContext } from '../../app/services';
import { counterIds } from '../../domain/model/ids';
import { createMemorySessionRepository } from '../../persistence/memorySessionRepository';
import JourneyDialog from './JourneyDialog';

function open() {
  const services: Services = {
    repository: createMemorySessionRepository(),
    ids: counterIds('j'),
    now: fixedNow,
    autosaveDelayMs: 0,
    preferences: memoryPreferences(),
  };
  const onClose = vi.fn();
  renderWithProviders(
    <ServicesContext.Provider value={services}>
      <JourneyDialog pseudonym="Kari" sessions={[]} onClose={onClose} onOpenSession={vi.fn()} />
    </ServicesContext.Provider>,
  );
  return { onClose, dialog: screen.getByRole('dialog', { name: 'Journey of Kari' }) };
}

/** The sessions are read from storage first; the dialog says so until they are in. */
const loaded = (dialog: HTMLElement) => waitFor(() => expect(within(dialog).queryByRole('status')).toBeNull());

describe('JourneyDialog', () => {
  it('is a modal dialog named by its title that its button takes back to the library', async () => {
    const { onClose, dialog } = open();
    expect(dialog).toHaveAttribute('open');
    await loaded(dialog);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Back to the library' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes on Escape', async () => {
    const { onClose, dialog } = open();
    await loaded(dialog);
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
