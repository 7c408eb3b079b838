import { act, fireEvent, render, screen } from '@testing-library/react';
import { type ReactElement, type ReactNode, useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixedNow, renderWithProviders, storeWithSession } from '../../../tests/unit/renderWithProviders';
import { counterIds } from '../../domain/model/ids';
import { createMemorySessionRepository } from '../../persistence/memorySessionRepository';
import { createI18n } from '../../i18n/i18n';
import type { ResonansStore } from '../../store/createStore';
import { StoreProvider } from '../../store/StoreContext';
import { memoryPreferences } from '../preferences';
import { routeHash } from '../route';
import { type Services, ServicesContext } from '../services';
import { AppBoundary } from './AppBoundary';
import { RoomBoundary } from './RoomBoundary';

// The file's format is the export's business (its own tests); here: which session reaches it.
const exported = vi.hoisted(() => ({ stores: [] as ResonansStore[], fail: null as Error | null }));
vi.mock('../library/exportOpenSession', () => ({
  exportOpenSession: (store: ResonansStore) => {
    exported.stores.push(store);
    return exported.fail ? Promise.reject(exported.fail) : Promise.resolve();
  },
}));
/** Rendered as in the app: a rerender changes the screen inside providers that stay mounted. */
function renderInApp(ui: ReactElement, store: ResonansStore) {
  const i18n = createI18n();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>{children}</StoreProvider>
    </I18nextProvider>
  );
  return render(ui, { wrapper });
}

const exportedSession = () => exported.stores.at(-1)?.getState().session ?? null;

const services: Services = {
  repository: createMemorySessionRepository(),
  ids: counterIds('b'),
  now: fixedNow,
  autosaveDelayMs: 0,
  preferences: memoryPreferences(),
};

/** Stands for a screen that holds the session open, as the session route does, and fails when told. */
function Screen({ store, fail }: { store: ResonansStore; fail: boolean }) {
  useEffect(() => () => store.getState().closeSession(), [store]);
  if (fail) throw new Error('a bug in a panel');
  return <p>working</p>;
}

function Room({ fail }: { fail: boolean }) {
  if (fail) throw new Error('Error creating WebGL context.');
  return <p>room</p>;
}

beforeEach(() => {
  exported.stores = [];
  exported.fail = null;
  // React reports each caught error on the console; the boundary's own output is what is tested.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  window.location.hash = '';
});

describe('the boundary around the whole app', () => {
  it('shows a calm message in place of a failed screen and exports the session that screen had open', async () => {
    const { store, session } = storeWithSession();
    window.location.hash = routeHash({ screen: 'session', id: session.info.id });
    const ui = (fail: boolean) => (
      <ServicesContext.Provider value={services}>
        <AppBoundary store={store} services={services}>
          <Screen store={store} fail={fail} />
        </AppBoundary>
      </ServicesContext.Provider>
    );
    const { rerender } = renderInApp(ui(false), store);
    expect(screen.getByText('working')).toBeTruthy();
    rerender(ui(true));

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Something went wrong');
    expect(alert.textContent).toContain('Details: a bug in a panel');
    // The failed screen closed the session as it went; what it held is still there to export.
    expect(store.getState().session).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export this session' })));
    expect(exported.stores).toHaveLength(1);
    expect(exportedSession()).toEqual(session.info);
    expect(exported.stores[0]?.getState().recording?.events).toEqual(session.recording.events);
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });

  it('offers no export for a session closed before the failure, when the library was showing', () => {
    const { store, session } = storeWithSession();
    window.location.hash = routeHash({ screen: 'session', id: session.info.id });
    const ui = (fail: boolean) => (
      <AppBoundary store={store} services={services}>
        <Screen store={store} fail={fail} />
      </AppBoundary>
    );
    const { rerender } = renderInApp(ui(false), store);
    // Back to the library: the session closes normally, then the library fails.
    act(() => store.getState().closeSession());
    window.location.hash = routeHash({ screen: 'library' });
    rerender(ui(true));
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong');
    expect(screen.queryByRole('button', { name: 'Export this session' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });
});

describe('the boundary around the room', () => {
  it('keeps what is beside the room and exports the open session from the store', async () => {
    const { store, session } = storeWithSession();
    renderWithProviders(
      <ServicesContext.Provider value={services}>
        <RoomBoundary>
          <Room fail />
        </RoomBoundary>
        <p>figure list</p>
      </ServicesContext.Provider>,
      store,
    );
    expect(screen.getByRole('alert').textContent).toContain('The room cannot be shown');
    expect(screen.getByText('figure list')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export this session' })));
    expect(exported.stores).toEqual([store]);
    expect(exportedSession()?.id).toBe(session.info.id);
  });

  it('says so when the export itself fails, and stays', async () => {
    const { store } = storeWithSession();
    exported.fail = new Error('the disk is full');
    renderWithProviders(
      <ServicesContext.Provider value={services}>
        <RoomBoundary>
          <Room fail />
        </RoomBoundary>
      </ServicesContext.Provider>,
      store,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export this session' })));
    expect(screen.getByRole('alert').textContent).toContain('The export did not work: the disk is full');
    expect(screen.getByRole('button', { name: 'Export this session' })).toBeTruthy();
  });
});
