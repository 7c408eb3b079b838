import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storeWithSession, fixedNow } from '../../tests/unit/renderWithProviders';
import { counterIds } from '../domain/model/ids';
import { createI18n } from '../i18n/i18n';
import { createMemorySessionRepository } from '../persistence/memorySessionRepository';
import type { ResonansStore } from '../store/createStore';
import { StoreProvider } from '../store/StoreContext';
import { LazyRoomCanvas } from './LazyRoomCanvas';
import { memoryPreferences } from './preferences';
import { ServicesContext } from './services';
import type * as WebglSupport from './webglSupport';

const world = vi.hoisted(() => ({ webgl: true, rendererFails: false }));

// The 3D room stands in as a bare canvas (three.js is not what is tested here); the probe is steered.
vi.mock('../scene/RoomCanvas', () => ({
  RoomCanvas: () => {
    if (world.rendererFails) throw new Error('Error creating WebGL context.');
    return <canvas data-testid="room-3d" />;
  },
}));
vi.mock('./webglSupport', async (original) => ({ ...(await original<typeof WebglSupport>()), webglAvailable: () => world.webgl }));

beforeEach(() => {
  world.webgl = true;
  world.rendererFails = false;
});
afterEach(() => vi.restoreAllMocks());

function renderRoom(store: ResonansStore) {
  const services = { repository: createMemorySessionRepository(), ids: counterIds('s'), now: fixedNow, autosaveDelayMs: 0, preferences: memoryPreferences() };
  return render(
    <I18nextProvider i18n={createI18n()}>
      <ServicesContext.Provider value={services}>
        <StoreProvider store={store}>
          <LazyRoomCanvas label="The room" />
        </StoreProvider>
      </ServicesContext.Provider>
    </I18nextProvider>,
  );
}

const note = (text: string) => screen.findByText(text, { exact: false });

describe('LazyRoomCanvas', () => {
  it('shows the 3D room where WebGL works', async () => {
    renderRoom(storeWithSession().store);
    expect(await screen.findByTestId('room-3d')).toBeInTheDocument();
  });

  it('shows the 2D board where the browser has no WebGL, and says so in the store for the view tools', async () => {
    world.webgl = false;
    const { store } = storeWithSession();
    renderRoom(store);
    expect(await note('this browser cannot draw it (no WebGL)')).toBeInTheDocument();
    expect(screen.queryByTestId('room-3d')).toBeNull();
    expect(store.getState().room3dUnavailable).toBe('missing');
  });

  it('falls back to the 2D board when the renderer cannot start', async () => {
    world.rendererFails = true;
    const { store } = storeWithSession();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderRoom(store);
    expect(await note('this browser cannot draw it (no WebGL)')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('hands over to the 2D board when the context is lost, ending a drag where its last sample put the figure', async () => {
    const { store } = storeWithSession();
    renderRoom(store);
    const canvas = await screen.findByTestId('room-3d');
    const id = store.getState().room.order[2]!;
    act(() => store.getState().previewDrag(id, { x: 1, z: -1, facing: 30 }));
    act(() => void canvas.dispatchEvent(new Event('webglcontextlost', { bubbles: false, cancelable: true })));
    expect(await note('The 3D room stopped drawing')).toBeInTheDocument();
    expect(store.getState().drag).toBeNull();
    expect(store.getState().room.figures[id]!.pose).toMatchObject({ x: 1, z: -1, facing: 30 });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try the 3D room again' }));
    expect(await screen.findByTestId('room-3d')).toBeInTheDocument();
  });

  it('shows the board the therapist chose, and goes back to 3D on request', async () => {
    const { store } = storeWithSession();
    act(() => store.getState().setBoard('flat'));
    renderRoom(store);
    expect(await note('You are using the 2D board')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show the 3D room' }));
    expect(await screen.findByTestId('room-3d')).toBeInTheDocument();
    expect(store.getState().board).toBe('room');
  });
});
