import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fixedNow, renderWithProviders } from '../../tests/unit/renderWithProviders';
import { sessionId } from '../domain/model/ids';
import { epochMillis } from '../domain/model/units';
import type { SessionSummary } from '../persistence/sessionRepository';
import { type LibraryActions, LibraryScreen } from './LibraryScreen';

const summary = (id: string, client: string, intention: string, more: Partial<SessionSummary> = {}): SessionSummary => ({
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
  pseudonymised: false,
  ...more,
});

function actions(): LibraryActions {
  return {
    onNew: vi.fn(),
    onOpen: vi.fn(),
    onReplay: vi.fn(),
    onRename: vi.fn(),
    onDuplicate: vi.fn(),
    onExport: vi.fn(),
    onBin: vi.fn(),
    onRestore: vi.fn(),
    onPurge: vi.fn(),
    onEmptyBin: vi.fn(),
    onRestoreDemo: vi.fn(),
  };
}

describe('LibraryScreen', () => {
  it("reads a supervision copy's date as its session number or its month, never as a day in 1970", () => {
    const day = 24 * 60 * 60 * 1000;
    renderWithProviders(
      <LibraryScreen
        library={{
          status: 'ready',
          sessions: [
            summary('n', 'Supervision client, session 3', '', { pseudonymised: true, createdAt: epochMillis(2 * day) }),
            summary('m', 'Supervision client, session 4', '', { pseudonymised: true, createdAt: epochMillis(Date.UTC(2026, 10, 1)) }),
          ],
        }}
        actions={actions()}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'Sessions on this device' })).getAllByRole('listitem');
    const texts = items.map((item) => item.textContent ?? '');
    expect(texts.some((text) => text.includes('Session 3 of a supervision copy'))).toBe(true);
    expect(texts.some((text) => text.includes('November 2026'))).toBe(true);
    expect(texts.join(' ')).not.toMatch(/1970/);
  });

  it('lists sessions and moves one to the bin only when the therapist confirms', async () => {
    const handlers = actions();
    renderWithProviders(
      <LibraryScreen
        library={{
          status: 'ready',
          sessions: [summary('a', 'Kari', 'Eg vil sove betre'), summary('b', '', 'Jeg vil', { createdAt: epochMillis(fixedNow() - 5000) })],
        }}
        actions={handlers}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'Sessions on this device' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Kari');
    expect(items[0]).toHaveTextContent('Eg vil sove betre');
    expect(items[0]).toHaveTextContent('IoPT self-encounter, 2:05 recorded · last phase: Wordless phase');
    expect(items[1]).toHaveTextContent('No pseudonym');

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Open session with Kari' }));
    expect(handlers.onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'a' }));

    await user.click(screen.getByRole('button', { name: 'Delete session with Kari' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this session?' });
    expect(dialog).toHaveTextContent('moves to the bin');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(handlers.onBin).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Delete session with Kari' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete session' }));
    expect(handlers.onBin).toHaveBeenCalledWith(expect.objectContaining({ id: 'a' }));
  });

  it('searches by client or intention and sorts', async () => {
    const sessions = [
      summary('a', 'Kari', 'Eg vil sove betre', { createdAt: epochMillis(3000) }),
      summary('b', 'Åse', 'Jeg vil tåle nærhet', { createdAt: epochMillis(2000) }),
      summary('c', 'Bo', 'Ich will schlafen', { createdAt: epochMillis(1000) }),
    ];
    renderWithProviders(<LibraryScreen library={{ status: 'ready', sessions }} actions={actions()} />);
    const user = userEvent.setup();
    const names = () =>
      within(screen.getByRole('list', { name: 'Sessions on this device' }))
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.session-client')?.textContent);
    expect(names()).toEqual(['Kari', 'Åse', 'Bo']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'oldest');
    expect(names()).toEqual(['Bo', 'Åse', 'Kari']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'client');
    expect(names()).toEqual(['Åse', 'Bo', 'Kari']);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'NÆR');
    expect(names()).toEqual(['Åse']);
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'nobody');
    expect(screen.getByText('No session matches “nobody”.')).toBeInTheDocument();
  });

  it('keeps binned sessions apart, and restores or deletes them for good after asking', async () => {
    const handlers = actions();
    const binned = summary('z', 'Old', 'Gone', { binnedAt: epochMillis(fixedNow()) });
    renderWithProviders(<LibraryScreen library={{ status: 'ready', sessions: [summary('a', 'Kari', 'x'), binned] }} actions={handlers} />);
    const user = userEvent.setup();
    expect(within(screen.getByRole('list', { name: 'Sessions on this device' })).getAllByRole('listitem')).toHaveLength(1);
    await user.click(screen.getByText('Bin: 1 session'));
    await user.click(screen.getByRole('button', { name: 'Restore session with Old' }));
    expect(handlers.onRestore).toHaveBeenCalledWith(binned);
    await user.click(screen.getByRole('button', { name: 'Delete session with Old for good' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Delete for good?' })).getByRole('button', { name: 'Delete for good' }));
    expect(handlers.onPurge).toHaveBeenCalledWith(binned);
  });

  it('renames through a dialog', async () => {
    const handlers = actions();
    renderWithProviders(<LibraryScreen library={{ status: 'ready', sessions: [summary('a', 'Kari', 'x')] }} actions={handlers} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Rename session with Kari' }));
    const field = within(screen.getByRole('dialog', { name: 'Rename the session' })).getByRole('textbox', { name: 'Client' });
    await user.clear(field);
    await user.type(field, 'K. N.');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(handlers.onRename).toHaveBeenCalledWith(expect.objectContaining({ id: 'a' }), 'K. N.');
  });

  it('marks the sessions another tab or window has open', () => {
    renderWithProviders(
      <LibraryScreen
        library={{ status: 'ready', sessions: [summary('a', 'Kari', 'Eg vil sove betre'), summary('b', 'Bo', 'Jeg vil')] }}
        actions={actions()}
        openElsewhere={new Set([sessionId('b')])}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'Sessions on this device' })).getAllByRole('listitem');
    const kari = items.find((item) => item.textContent?.includes('Kari'));
    const bo = items.find((item) => item.textContent?.includes('Bo'));
    expect(bo).toHaveTextContent('Open in another tab or window');
    expect(kari).not.toHaveTextContent('Open in another tab or window');
  });

  it('says plainly when the sessions cannot be read', () => {
    renderWithProviders(<LibraryScreen library={{ status: 'failed', reason: 'quota' }} actions={actions()} />);
    expect(screen.getByRole('alert')).toHaveTextContent('could not be read: quota');
  });
});
