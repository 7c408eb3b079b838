import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../tests/unit/renderWithProviders';
import { KEEP_NOTHING } from '../../domain/format/supervisionCopy';
import { SupervisionOptions } from '../files/SupervisionOptions';

describe('the drawing in a supervision copy’s options', () => {
  it('is left out unless the therapist keeps it, and the list of what leaves says so', async () => {
    const onKeep = vi.fn();
    const { unmount } = renderWithProviders(<SupervisionOptions keep={KEEP_NOTHING} dating="session-number" onKeep={onKeep} onDating={() => {}} />);
    const box = screen.getByRole('checkbox', { name: 'The drawing of the intention' });
    expect(box).not.toBeChecked();
    const removedLine = screen.getByText((_, element) => element?.tagName === 'LI' && (element.textContent ?? '').startsWith('Drawing:'));
    expect(removedLine).toHaveClass('removed');
    await userEvent.setup().click(box);
    expect(onKeep).toHaveBeenCalledWith({ ...KEEP_NOTHING, drawing: true });
    unmount();
    renderWithProviders(<SupervisionOptions keep={{ ...KEEP_NOTHING, drawing: true }} dating="session-number" onKeep={onKeep} onDating={() => {}} />);
    expect(screen.getByText((_, element) => element?.tagName === 'LI' && (element.textContent ?? '').startsWith('Drawing:'))).toHaveClass('kept');
  });
});
