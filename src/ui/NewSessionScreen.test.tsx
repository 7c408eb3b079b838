import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../tests/unit/renderWithProviders';
import { NewSessionScreen } from './NewSessionScreen';

describe('NewSessionScreen', () => {
  it('proposes each word without choosing any, keeps the client’s choices while typing on, and starts with what was chosen', async () => {
    const onStart = vi.fn();
    renderWithProviders(<NewSessionScreen onStart={onStart} onCancel={() => {}} error={null} busy={false} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Client' }), 'Kari');
    await user.type(screen.getByRole('textbox', { name: 'Intention' }), 'Jeg vil tåle nærhet.');
    const elements = screen.getByRole('group', { name: 'Elements' });
    expect(
      within(elements)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('aria-label') ?? box.parentElement?.textContent),
    ).toEqual(['Jeg', 'vil', 'tåle', 'nærhet']);
    for (const box of within(elements).getAllByRole('checkbox')) expect(box).not.toBeChecked();
    await user.click(within(elements).getByRole('checkbox', { name: 'Jeg' }));
    await user.click(within(elements).getByRole('button', { name: 'Join with next: “tåle” and “nærhet”' }));
    await user.type(screen.getByRole('textbox', { name: 'Intention' }), ' ');
    expect(within(elements).getByRole('checkbox', { name: 'Jeg' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Free' }));
    await user.click(screen.getByRole('button', { name: 'Start session' }));
    expect(onStart).toHaveBeenCalledWith({ clientPseudonym: 'Kari', intention: 'Jeg vil tåle nærhet. ', template: 'free', elements: ['Jeg', 'tåle nærhet'] });
  });

  it('asks for an intention instead of starting without one', async () => {
    const onStart = vi.fn();
    renderWithProviders(<NewSessionScreen onStart={onStart} onCancel={() => {}} error={null} busy={false} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Start session' }));
    expect(onStart).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Write the intention first.');
    expect(screen.getByRole('textbox', { name: 'Intention' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows a storage error and keeps what was typed', () => {
    renderWithProviders(<NewSessionScreen onStart={() => {}} onCancel={() => {}} error="The session could not be saved: disk full" busy={false} />);
    expect(screen.getByRole('alert')).toHaveTextContent('disk full');
  });

  it('starts with the keyboard in the first field', () => {
    renderWithProviders(<NewSessionScreen onStart={() => {}} onCancel={() => {}} error={null} busy={false} />);
    expect(screen.getByRole('textbox', { name: 'Client' })).toHaveFocus();
  });
});
