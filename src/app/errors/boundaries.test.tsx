import { act, fireEvent, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixedNow, renderWithProviders, storeWithSession } from '../../../tests/unit/renderWithProviders';
import { counterIds } from '../../domain/model/ids';
import { createMemorySessionRepository } from '../../persistence/memorySessionRepository';
import type { ResonansStore } from '../../store/createStore';
import { memoryPreferences } from '../preferences';
import { routeHash } from '../route';
import { type Services, ServicesContext } from '../services';
import { AppBoundary } from './AppBoundary';
import { RoomBoundary } from './RoomBoundary';

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

/** The text of every file handed to the browser's download. */
let downloaded: Blob[] = [];
beforeEach(() => {
  downloaded = [];
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (blob: Blob) => (downloaded.push(blob), 'blob:file'), revokeObjectURL: () => undefined }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
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
    const { rerender } = renderWithProviders(ui(false), store);
    expect(screen.getByText('working')).toBeTruthy();
    rerender(ui(true));

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Something went wrong');
    expect(alert.textContent).toContain('Details: a bug in a panel');
    // The failed screen closed the session as it went; what it held is still there to export.
    expect(store.getState().session).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export this session' })));
    expect(downloaded).toHaveLength(1);
    const file = JSON.parse(await downloaded[0]!.text());
    expect(file.session.info.id).toBe(session.info.id);
    expect(file.session.info.clientPseudonym).toBe('Kari');
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
    const { rerender } = renderWithProviders(ui(false), store);
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
    const file = JSON.parse(await downloaded[0]!.text());
    expect(file.session.info.id).toBe(session.info.id);
  });
});
