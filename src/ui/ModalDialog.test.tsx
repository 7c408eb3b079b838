import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../tests/unit/renderWithProviders';
import { ModalDialog } from './ModalDialog';

/** What the browser sends a modal dialog when Escape is pressed. */
function pressEscapeOn(dialog: HTMLElement): Event {
  const cancel = new Event('cancel', { cancelable: true });
  fireEvent(dialog, cancel);
  return cancel;
}

describe('ModalDialog', () => {
  it('opens modal, named by its title, and Escape asks the owner instead of closing on its own', () => {
    const onCancel = vi.fn();
    renderWithProviders(
      <ModalDialog title="Movement analysis" onCancel={onCancel}>
        <p>body</p>
      </ModalDialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Movement analysis' });
    expect(dialog).toHaveAttribute('open');
    expect(screen.queryByRole('button')).toBeNull();
    const escape = pressEscapeOn(dialog);
    expect(onCancel).toHaveBeenCalledTimes(1);
    // The owner unmounts it; a dialog that closed itself would leave the owner's state behind.
    expect(escape.defaultPrevented).toBe(true);
  });

  it('offers a close button beside the title when asked, and keeps its own class beside the shared one', async () => {
    const onCancel = vi.fn();
    renderWithProviders(
      <ModalDialog title="Journey of Kari" closeText="Back to the library" onCancel={onCancel} className="analysis-dialog">
        <p>body</p>
      </ModalDialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Journey of Kari' });
    expect(dialog).toHaveClass('dialog', 'analysis-dialog');
    await userEvent.click(screen.getByRole('button', { name: 'Back to the library' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
