import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { fixedNow } from '../../../tests/unit/renderWithProviders';
import { counterIds } from '../../domain/model/ids';
import { createSession, type Session } from '../../domain/model/session';
import { createI18n } from '../../i18n/i18n';
import { createMemorySessionRepository } from '../../persistence/memorySessionRepository';
import type { SessionRepository } from '../../persistence/sessionRepository';
import { memoryPreferences } from '../preferences';
import { type Services, ServicesContext } from '../services';
import { sessionLockName } from '../sessionLock';
import { broadcastingRepository } from '../tabs/broadcastingRepository';
import { createTabChannel } from '../tabs/tabChannel';
import { fakeBroadcastNetwork, fakeLockManager } from '../tabs/tabFakes';
import { useLibraryServices } from '../tabs/useLibraryServices';
import { useLibrary } from './useLibrary';

const newSession = (client: string): Session =>
  createSession(
    { clientPseudonym: client, intention: 'Eg vil sove betre', template: 'iopt', elements: ['sove'] },
    { client: 'Me', intention: 'Intention' },
    { ids: counterIds(client), now: fixedNow },
  );

/** Two tabs on one device: one database, one lock manager, one BroadcastChannel between them. */
function device() {
  const stored = createMemorySessionRepository();
  const network = fakeBroadcastNetwork();
  const locks = fakeLockManager();
  const tab = (): Services => {
    const tabs = createTabChannel(network.open);
    const preferences = memoryPreferences();
    // The demo was offered long ago: the library starts from what is stored.
    preferences.set('demoOffered', 'yes');
    return { repository: broadcastingRepository(stored, tabs), ids: counterIds('x'), now: fixedNow, autosaveDelayMs: 0, preferences, tabs, locks };
  };
  return { stored, locks, tab };
}

/** The library as LibraryRoute runs it: through the library's services. */
function renderLibrary(services: Services) {
  const i18n = createI18n();
  const Inner = ({ children }: { children: ReactNode }) => <ServicesContext.Provider value={useLibraryServices()}>{children}</ServicesContext.Provider>;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <ServicesContext.Provider value={services}>
        <Inner>{children}</Inner>
      </ServicesContext.Provider>
    </I18nextProvider>
  );
  return renderHook(() => useLibrary(), { wrapper });
}

const clients = (library: ReturnType<typeof useLibrary>) =>
  library.library.status === 'ready' ? library.library.sessions.map((s) => s.clientPseudonym) : null;

/** Holds a session's lock as the tab that edits it does, until let go. */
function openInAnotherTab(locks: ReturnType<typeof fakeLockManager>, session: Session) {
  let close: () => void = () => undefined;
  const holding = locks.request(sessionLockName(session.info.id), { ifAvailable: true }, () => new Promise<void>((resolve) => (close = resolve)));
  return async () => {
    close();
    await holding;
  };
}

describe('the library beside other tabs', () => {
  it('shows what another tab saves or removes without being asked', async () => {
    const { tab } = device();
    const { result } = renderLibrary(tab());
    await waitFor(() => expect(clients(result.current)).toEqual([]));
    const other: SessionRepository = tab().repository;
    const kari = newSession('Kari');
    await act(() => other.save(kari, fixedNow()));
    await waitFor(() => expect(clients(result.current)).toEqual(['Kari']));
    await act(() => other.remove(kari.info.id));
    await waitFor(() => expect(clients(result.current)).toEqual([]));
  });

  it('refuses to rename or bin a session another tab has open, says so, and changes nothing', async () => {
    const { stored, locks, tab } = device();
    const kari = newSession('Kari');
    await stored.save(kari, fixedNow());
    const close = openInAnotherTab(locks, kari);
    const { result } = renderLibrary(tab());
    await waitFor(() => expect(result.current.openElsewhere.has(kari.info.id)).toBe(true));
    const summary = (await stored.list())[0]!;

    await act(() => result.current.rename(summary, 'Someone else'));
    expect(result.current.notice).toEqual({
      kind: 'problem',
      text: 'The session with Kari is open in another tab or window. Close it there first, then try again.',
    });
    await act(() => result.current.bin(summary));
    await act(() => result.current.purge(summary));
    expect(await stored.load(kari.info.id)).toEqual(kari);

    await close();
    await act(() => result.current.rename(summary, 'K.'));
    expect(result.current.notice).toBeNull();
    expect((await stored.load(kari.info.id))?.info.clientPseudonym).toBe('K.');
    expect(result.current.openElsewhere.size).toBe(0);
  });

  it('empties the bin but for a session another tab has open', async () => {
    const { stored, locks, tab } = device();
    const open = newSession('Open');
    const closed = newSession('Closed');
    for (const session of [open, closed]) await stored.save({ ...session, info: { ...session.info, binnedAt: fixedNow() } }, fixedNow());
    const close = openInAnotherTab(locks, open);
    const { result } = renderLibrary(tab());
    await waitFor(() => expect(clients(result.current)).toHaveLength(2));
    await act(() => result.current.emptyBin());
    expect(clients(result.current)).toEqual(['Open']);
    expect(result.current.notice?.text).toContain('The session with Open is open in another tab');
    await close();
  });
});
