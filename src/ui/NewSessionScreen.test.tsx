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
    expect(elements).toHaveTextContent('No word is chosen yet.');
    await user.click(within(elements).getByRole('checkbox', { name: 'Jeg' }));
    expect(elements).not.toHaveTextContent('No word is chosen yet.');
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
    expect(screen.getByRole('alert')).toHaveTextContent('The intention is still missing: the client writes it in their own words.');
    expect(screen.getByRole('textbox', { name: 'Intention' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('starts an RTT session from a theme or from nothing at all: no words are split, no intention is asked for', async () => {
    const onStart = vi.fn();
    renderWithProviders(<NewSessionScreen onStart={onStart} onCancel={() => {}} error={null} busy={false} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'RTT session' }));
    expect(screen.queryByRole('group', { name: 'Elements' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Intention' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Start session' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onStart).toHaveBeenLastCalledWith({ clientPseudonym: '', intention: '', template: 'rtt', elements: [] });
    await user.type(screen.getByRole('textbox', { name: 'Theme or trigger (optional)' }), 'Uro om kvelden');
    await user.click(screen.getByRole('button', { name: 'Start session' }));
    expect(onStart).toHaveBeenLastCalledWith({ clientPseudonym: '', intention: 'Uro om kvelden', template: 'rtt', elements: [] });
  });

  it('starts a family constellation from the people of the system, each with a role, an age group and whether they have died', async () => {
    const onStart = vi.fn();
    renderWithProviders(<NewSessionScreen onStart={onStart} onCancel={() => {}} error={null} busy={false} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Family constellation' }));
    const people = screen.getByRole('group', { name: 'People of the system' });
    const role = within(people).getByRole('textbox', { name: 'Role' });
    await user.type(role, 'Mother{Enter}');
    // Enter adds the person and keeps the form open; the keyboard stays in the role field.
    expect(onStart).not.toHaveBeenCalled();
    expect(role).toHaveFocus();
    await user.type(role, 'Stillborn brother');
    await user.click(within(people).getByRole('radio', { name: 'baby' }));
    await user.click(within(people).getByRole('checkbox', { name: 'Has died' }));
    await user.click(within(people).getByRole('button', { name: 'Add person' }));
    await user.click(within(people).getByRole('button', { name: 'Add person' }));
    expect(
      within(people)
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent),
    ).toEqual(['Mother · adult', 'Stillborn brother · baby · has died', 'Person 3 · adult']);
    // The next person starts as a living adult again.
    expect(within(people).getByRole('radio', { name: 'adult' })).toBeChecked();
    expect(within(people).getByRole('checkbox', { name: 'Has died' })).not.toBeChecked();
    await user.click(within(people).getByRole('button', { name: 'Remove Person 3' }));
    expect(role).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Start session' }));
    expect(onStart).toHaveBeenCalledWith({
      clientPseudonym: '',
      intention: '',
      template: 'family',
      elements: [],
      persons: [
        { role: 'Mother', size: 'adult', deceased: false },
        { role: 'Stillborn brother', size: 'baby', deceased: true },
      ],
    });
  });

  it('keeps what was typed when the template changes back and forth', async () => {
    renderWithProviders(<NewSessionScreen onStart={() => {}} onCancel={() => {}} error={null} busy={false} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Intention' }), 'Eg vil sove');
    await user.click(within(screen.getByRole('group', { name: 'Elements' })).getByRole('checkbox', { name: 'sove' }));
    await user.click(screen.getByRole('radio', { name: 'Family constellation' }));
    expect(screen.getByRole('textbox', { name: 'Theme (optional)' })).toHaveValue('Eg vil sove');
    await user.click(screen.getByRole('radio', { name: 'IoPT self-encounter' }));
    expect(within(screen.getByRole('group', { name: 'Elements' })).getByRole('checkbox', { name: 'sove' })).toBeChecked();
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
