import { act, render } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createPlaybackController } from '../domain/replay/playback';
import { usePlayback } from '../store/PlaybackContext';
import { KeptRoom, RoomSlot, useKeptRoom } from './KeptRoom';

const rooms = vi.hoisted(() => ({ mounted: 0 }));

// The room stands in for the 3D room: it counts how often it is built and shows the playback it hears.
vi.mock('./LazyRoomCanvas', () => ({
  LazyRoomCanvas: function Room() {
    const playback = usePlayback();
    useEffect(() => {
      rooms.mounted += 1;
    }, []);
    return <p data-testid="room">{playback ? `playing ${playback.durationMs}` : 'live'}</p>;
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

function Replaying() {
  const kept = useKeptRoom();
  useEffect(() => {
    kept?.sharePlayback(playback);
    return () => kept?.sharePlayback(null);
  }, [kept]);
  return (
    <section data-testid="replay">
      <RoomSlot label="room" />
    </section>
  );
}

const session = (mode: 'edit' | 'replay') => <KeptRoom label="room">{mode === 'replay' ? <Replaying /> : <Editing />}</KeptRoom>;

describe('one room for both views of a session', () => {
  it("moves the same room from the editing view into the replay and back, built once, following the replay's playback", () => {
    rooms.mounted = 0;
    const { getByTestId, rerender } = render(session('edit'));
    const room = getByTestId('room');
    expect(getByTestId('editing').contains(room)).toBe(true);
    expect(room.textContent).toBe('live');

    rerender(session('replay'));
    expect(getByTestId('room')).toBe(room);
    expect(getByTestId('replay').contains(room)).toBe(true);
    expect(room.textContent).toBe('playing 900');

    rerender(session('edit'));
    expect(getByTestId('editing').contains(room)).toBe(true);
    expect(room.textContent).toBe('live');
    expect(rooms.mounted).toBe(1);
  });

  it('gives a view outside a session a room of its own', () => {
    rooms.mounted = 0;
    const { getByTestId, unmount } = render(<Editing />);
    expect(getByTestId('editing').contains(getByTestId('room'))).toBe(true);
    act(() => unmount());
    expect(rooms.mounted).toBe(1);
  });
});
