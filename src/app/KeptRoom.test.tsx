import { act, render } from '@testing-library/react';
import { useEffect, useLayoutEffect, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createPlaybackController } from '../domain/replay/playback';
import { usePlayback } from '../store/PlaybackContext';
import { KeptRoom, RoomSlot, useKeptRoom } from './KeptRoom';
import { memoryPreferences } from './preferences';
import { type Services, ServicesContext } from './services';

const rooms = vi.hoisted(() => ({ mounted: 0, rehearsals: [] as boolean[] }));

// The room stands in for the 3D room: it counts how often it is built, notes each change between
// rehearsing and showing a session, and shows the playback it hears.
vi.mock('./LazyRoomCanvas', () => ({
  LazyRoomCanvas: function Room({ rehearsal = false }: { rehearsal?: boolean }) {
    const playback = usePlayback();
    useEffect(() => {
      rooms.mounted += 1;
    }, []);
    useEffect(() => {
      rooms.rehearsals.push(rehearsal);
    }, [rehearsal]);
    return (
      <>
        <p data-testid="room">{rehearsal ? 'rehearsing' : playback ? `playing ${playback.durationMs}` : 'live'}</p>
        <canvas />
      </>
    );
  },
}));

const playback = createPlaybackController({ durationMs: 900, driver: { request: () => 0, cancel: () => undefined }, now: () => 0 });

function Editing() {
  return (
    <section data-testid="editing">
      <RoomSlot label="room" />
    </section>
  );
}

/** Takes the room in a render after its own first one, as a view whose parts come in turn: the editing view has given the room back by then. */
function Replaying() {
  const kept = useKeptRoom();
  const [ready, setReady] = useState(false);
  useLayoutEffect(() => setReady(true), []);
  useEffect(() => {
    kept?.sharePlayback(playback);
    return () => kept?.sharePlayback(null);
  }, [kept]);
  return <section data-testid="replay">{ready && <RoomSlot label="room" />}</section>;
}

/** The library: no slot; it asks the room to rehearse, as the app does when the browser is idle. */
function Library({ rehearse }: { rehearse: boolean }) {
  const kept = useKeptRoom();
  useEffect(() => {
    if (rehearse) kept?.rehearse();
  }, [kept, rehearse]);
  return <section data-testid="library" />;
}

type Screen = 'library' | 'rehearsing library' | 'edit' | 'replay';
const app = (screen: Screen) => (
  <KeptRoom label="room">
    {screen === 'replay' ? <Replaying /> : screen === 'edit' ? <Editing /> : <Library rehearse={screen === 'rehearsing library'} />}
  </KeptRoom>
);

const flush = () => act(() => Promise.resolve());
const wings = () => document.querySelector('.room-wings');

describe('one room for the whole app', () => {
  it("moves the same room from the editing view into the replay and back, built once, following the replay's playback", async () => {
    rooms.mounted = 0;
    rooms.rehearsals = [];
    const { getByTestId, rerender } = render(app('edit'));
    const room = getByTestId('room');
    expect(getByTestId('editing').contains(room)).toBe(true);
    expect(room.textContent).toBe('live');

    rerender(app('replay'));
    await flush();
    expect(getByTestId('room')).toBe(room);
    expect(getByTestId('replay').contains(room)).toBe(true);
    expect(room.textContent).toBe('playing 900');

    rerender(app('edit'));
    await flush();
    expect(getByTestId('editing').contains(room)).toBe(true);
    expect(room.textContent).toBe('live');
    expect(rooms.mounted).toBe(1);
    // Handed from view to view, it never went out of sight to rehearse in between.
    expect(rooms.rehearsals).toEqual([false]);
    expect(wings()).toBeNull();
  });

  it('builds nothing in the library until asked to rehearse; then rehearses out of sight, hidden from assistive technology', async () => {
    rooms.mounted = 0;
    const { queryByTestId, rerender, getByTestId } = render(app('library'));
    expect(queryByTestId('room')).toBeNull();

    rerender(app('rehearsing library'));
    await flush();
    const room = getByTestId('room');
    expect(room.textContent).toBe('rehearsing');
    expect(wings()?.contains(room)).toBe(true);
    expect(wings()?.getAttribute('aria-hidden')).toBe('true');
    expect((wings() as HTMLElement).inert).toBe(true);
    expect(getByTestId('library').contains(room)).toBe(false);
  });

  it('gives the rehearsed room to the session opened next, and takes it back out of sight when the session closes', async () => {
    rooms.mounted = 0;
    rooms.rehearsals = [];
    const { getByTestId, rerender } = render(app('rehearsing library'));
    await flush();
    const room = getByTestId('room');

    rerender(app('edit'));
    await flush();
    expect(getByTestId('room')).toBe(room);
    expect(getByTestId('editing').contains(room)).toBe(true);
    expect(room.textContent).toBe('live');
    expect(wings()).toBeNull();

    rerender(app('library'));
    await flush();
    expect(getByTestId('room')).toBe(room);
    expect(wings()?.contains(room)).toBe(true);
    expect(room.textContent).toBe('rehearsing');
    expect(rooms.mounted).toBe(1);
    expect(rooms.rehearsals).toEqual([true, false, true]);
  });

  it('waits out of sight at the size it last had on screen, so taking it in again does not resize its canvas', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ width: 950, height: 691 }));
    const preferences = memoryPreferences();
    const withServices = (screen: Screen) => <ServicesContext.Provider value={{ preferences } as Services}>{app(screen)}</ServicesContext.Provider>;
    const { rerender } = render(withServices('rehearsing library'));
    await flush();
    expect((wings() as HTMLElement).style.width).toBe(`${window.innerWidth}px`);

    rerender(withServices('edit'));
    await flush();
    rerender(withServices('library'));
    await flush();
    expect((wings() as HTMLElement).style.width).toBe('950px');
    expect((wings() as HTMLElement).style.height).toBe('691px');
    vi.restoreAllMocks();
  });

  it('gives a view outside the app a room of its own', () => {
    rooms.mounted = 0;
    const { getByTestId, unmount } = render(<Editing />);
    expect(getByTestId('editing').contains(getByTestId('room'))).toBe(true);
    act(() => unmount());
    expect(rooms.mounted).toBe(1);
  });
});
