import './keptRoom.css';
import { createContext, type ReactNode, useContext, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { PlaybackController } from '../domain/replay/playback';
import { PlaybackContext } from '../store/PlaybackContext';
import { LazyRoomCanvas } from './LazyRoomCanvas';
import { rememberRoomSize, roomSizeFor, type SizePx } from './roomSize';
import { ServicesContext } from './services';

interface KeptRoomHandle {
  /** Where the room is drawn; a view's `RoomSlot` takes it in. */
  readonly host: HTMLElement;
  /** Takes the room into a view's slot, building it the first time; returns the giving back. */
  readonly take: (slot: HTMLElement) => () => void;
  /** Builds the room out of sight, where no view holds it yet (the library does, when idle). */
  readonly rehearse: () => void;
  /** The open replay's playback, for the room (which is not inside the replay view). */
  readonly sharePlayback: (playback: PlaybackController | null) => void;
}

const KeptRoomContext = createContext<KeptRoomHandle | null>(null);

/**
 * One room for the whole app. Building a room costs a WebGL context, every shader compiled, and
 * the first frame's wait for both; on a software renderer that is a large part of opening a
 * session. So the room is built once and kept: rendered into an element (`host`) that the views
 * take in turn (`RoomSlot`): editing and replay of a session, and the next session. Where no view
 * holds it, it stands out of sight and out of reach ("in the wings"), rehearsing a small session
 * of its own, so its shaders stay built. The library asks for a rehearsal when the browser is
 * idle, so even the first session opened finds the room ready. The views' own parts come and go.
 */
export function KeptRoom({ label, children }: { label: string; children: ReactNode }) {
  const [host] = useState(() => {
    const element = document.createElement('div');
    // The room lays out as if it stood in the slot itself.
    element.style.display = 'contents';
    return element;
  });
  const [wings] = useState(makeWings);
  const [built, setBuilt] = useState(false);
  const [shown, setShown] = useState(false);
  const [playback, sharePlayback] = useState<PlaybackController | null>(null);
  const preferences = useContext(ServicesContext)?.preferences;
  // The room's size on screen, kept so the room waits in the wings at the size it will be shown at.
  // (The app's services, and so its preferences, stay the same for the page's life.)
  const [remember] = useState(() => () => {
    const canvas = host.querySelector('canvas');
    if (!canvas || !preferences) return;
    const box = canvas.getBoundingClientRect();
    rememberRoomSize(preferences, { widthPx: box.width, heightPx: box.height }, windowSize());
  });
  // The slot holding the room now. Views hand it on within one commit (editing to replay), and
  // React may apply the giving back and the taking in separate renders: the room must not go to
  // the wings, or rehearse, in between.
  const holder = useRef<HTMLElement | null>(null);
  const [handle] = useState<KeptRoomHandle>(() => ({
    host,
    take: (slot) => {
      holder.current = slot;
      slot.append(host);
      setBuilt(true);
      setShown(true);
      return () => {
        if (holder.current !== slot) return;
        remember();
        holder.current = null;
        host.remove();
        // Only once no other view has taken the room in the meantime.
        queueMicrotask(() => holder.current === null && setShown(false));
      };
    },
    rehearse: () => setBuilt(true),
    sharePlayback,
  }));

  // Out of sight, the room waits in the wings; the wings leave the page while a view holds it.
  useLayoutEffect(() => {
    if (!built || shown || holder.current) return;
    // In pixels: a size in viewport units would follow the page's scroll bar coming and going,
    // and the room would draw again out of sight, while a session opens.
    const size = preferences ? roomSizeFor(preferences, windowSize()) : windowSize();
    wings.style.width = `${size.widthPx}px`;
    wings.style.height = `${size.heightPx}px`;
    document.body.append(wings);
    wings.append(host);
    return () => wings.remove();
  }, [built, shown, wings, host, preferences]);

  // Moved into a slot, the canvas measures itself where it now stands (its size observer hears
  // only a change of size, and the wings may be as large as the slot).
  // Its size there is remembered once the screen has laid out.
  useLayoutEffect(() => {
    if (!shown) return;
    window.dispatchEvent(new Event('resize'));
    const frame = requestAnimationFrame(remember);
    return () => cancelAnimationFrame(frame);
  }, [shown, remember]);

  return (
    <KeptRoomContext.Provider value={handle}>
      {children}
      {built &&
        createPortal(
          <PlaybackContext.Provider value={playback}>
            <LazyRoomCanvas label={label} rehearsal={!shown} />
          </PlaybackContext.Provider>,
          host,
        )}
    </KeptRoomContext.Provider>
  );
}

const windowSize = (): SizePx => ({ widthPx: window.innerWidth, heightPx: window.innerHeight });

/** The room's place out of sight, at the size it will have on screen, so a rehearsal draws what a session will. */
function makeWings(): HTMLElement {
  const wings = document.createElement('div');
  wings.className = 'room-wings';
  wings.setAttribute('aria-hidden', 'true');
  wings.inert = true;
  return wings;
}

/** Where a view shows the room: the kept one when there is one, else a room of its own. */
export function RoomSlot({ label }: { label: string }) {
  const kept = useContext(KeptRoomContext);
  const slot = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = slot.current;
    if (!kept || !element) return;
    return kept.take(element);
  }, [kept]);
  if (!kept) return <LazyRoomCanvas label={label} />;
  return <div ref={slot} style={{ display: 'contents' }} />;
}

/** The app's kept room, for the views that share their playback with it or ask it to rehearse. */
export const useKeptRoom = (): KeptRoomHandle | null => useContext(KeptRoomContext);
