import { createContext, type ReactNode, useContext, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { PlaybackController } from '../domain/replay/playback';
import { PlaybackContext } from '../store/PlaybackContext';
import { LazyRoomCanvas } from './LazyRoomCanvas';

interface KeptRoomHandle {
  /** Where the room is drawn; each view's `RoomSlot` takes it in. */
  readonly host: HTMLElement;
  /** The open replay's playback, for the room (which is not inside the replay view). */
  readonly sharePlayback: (playback: PlaybackController | null) => void;
}

const KeptRoomContext = createContext<KeptRoomHandle | null>(null);

/**
 * One room for both views of an open session. Editing and replay are different screens, and the
 * room used to be built anew at each switch: a new WebGL context, every shader compiled again,
 * the scene made again, and a frame's wait for the canvas to measure itself, before replay's first
 * frame. Here the room is rendered once, into an element the views take in turn (`RoomSlot`), so
 * entering replay only changes what the room shows. The views' own parts come and go as before.
 */
export function KeptRoom({ label, children }: { label: string; children: ReactNode }) {
  const [host] = useState(() => {
    const element = document.createElement('div');
    // The room lays out as if it stood in the slot itself.
    element.style.display = 'contents';
    return element;
  });
  const [playback, sharePlayback] = useState<PlaybackController | null>(null);
  const [handle] = useState<KeptRoomHandle>(() => ({ host, sharePlayback }));
  return (
    <KeptRoomContext.Provider value={handle}>
      {children}
      {createPortal(
        <PlaybackContext.Provider value={playback}>
          <LazyRoomCanvas label={label} />
        </PlaybackContext.Provider>,
        host,
      )}
    </KeptRoomContext.Provider>
  );
}

/** Where a view shows the room: the kept one when there is one, else a room of its own. */
export function RoomSlot({ label }: { label: string }) {
  const kept = useContext(KeptRoomContext);
  const slot = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = slot.current;
    if (!kept || !element) return;
    element.appendChild(kept.host);
    return () => {
      if (kept.host.parentNode === element) element.removeChild(kept.host);
    };
  }, [kept]);
  if (!kept) return <LazyRoomCanvas label={label} />;
  return <div ref={slot} style={{ display: 'contents' }} />;
}

/** Lets the kept room follow a replay's playback, as the views' own parts do through `PlaybackContext`. */
export const useKeptRoom = (): KeptRoomHandle | null => useContext(KeptRoomContext);
