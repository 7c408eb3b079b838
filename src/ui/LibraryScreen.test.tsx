import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fixedNow, renderWithProviders } from '../../tests/unit/renderWithProviders';
import { sessionId } from '../domain/model/ids';
import { epochMillis } from '../domain/model/units';
import type { SessionSummary } from '../persistence/sessionRepository';
import { LibraryScreen } from './LibraryScreen';

const summary = (id: string, client: string, intention: string): SessionSummary => ({
  id: sessionId(id),
  clientPseudonym: client,
  intention,
  template: 'iopt',
  createdAt: fixedNow(),
  updatedAt: epochMillis(fixedNow() + 1000),
  phase: 2,
  durationMs: 125_000,
  finished: false,
  demo: false,
});

describe('LibraryScreen', () => {
  it('lists sessions and deletes one only when the therapist confirms', async () => {
    const onDelete = vi.fn();
    const onOpen = vi.fn();
    renderWithProviders(
      <LibraryScreen library={{ status: 'ready', sessions: [summary('a', 'Kari', 'Eg vil sove betre'), summary('b', '', 'Jeg vil')] }} onNew={() => {}} onOpen={onOpen} onReplay={() => {}} onDelete={onDelete} onRestoreDemo={() => {}} />,
    );
    const items = within(screen.getByRole('list', { name: 'Sessions on this device' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Kari');
    expect(items[0]).toHaveTextContent('Eg vil sove betre');
    expect(items[1]).toHaveTextContent('No pseudonym');

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Open session with Kari' }));
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'a' }));
    expect(items[0]).toHaveTextContent('IoPT self-encounter, 2:05 recorded');

    await user.click(screen.getByRole('button', { name: 'Delete session with Kari' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this session?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onDelete).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Delete session with Kari' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete session' }));
    expect(onDelete).toHaveBeenCalledWith('a');
  });

  it('says plainly when the sessions cannot be read', () => {
    renderWithProviders(<LibraryScreen library={{ status: 'failed', reason: 'quota' }} onNew={() => {}} onOpen={() => {}} onReplay={() => {}} onDelete={() => {}} onRestoreDemo={() => {}} />);
    expect(screen.getByRole('alert')).toHaveTextContent('could not be read: quota');
  });
});
