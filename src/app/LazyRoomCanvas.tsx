import { lazy, type ReactNode, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useResonans, useResonansStore } from '../store/StoreContext';
import { ErrorBoundary } from './errors/ErrorBoundary';
import { RoomBoundary } from './errors/RoomBoundary';
import { useRememberedBoard } from './rememberedBoard';
import { loadedRoomCanvas, loadRoomCanvas } from './roomChunk';
import { useServices } from './services';
import { isWebglFailure, webglAvailable } from './webglSupport';

/**
 * The 3D room is most of the app's weight (three.js, React Three Fiber, drei): it loads when a
 * session opens, so the library and the new-session form appear at once.
 */
const LazyRoom = lazy(() => loadRoomCanvas().then((module) => ({ default: module.RoomCanvas })));
/** The 2D board needs no three.js: it loads alone, and only when it is shown. */
const FlatBoard = lazy(() => import('../ui/flatBoard/FlatBoard').then((module) => ({ default: module.FlatBoard })));

/**
 * The room: the 3D room where WebGL works, else the 2D board, which the therapist may also
 * choose. A chunk that will not load or a bug in the room stops at the room's edge: the panels stay.
 * A rehearsal (see `RoomCanvas`) is of the 3D room only: where the board would be 2D, there is none.
 */
export function LazyRoomCanvas({ label, rehearsal = false }: { label: string; rehearsal?: boolean }) {
  const store = useResonansStore();
  useRememberedBoard(store, useServices().preferences);
  const board = useResonans((state) => state.board);
  const unavailable = useResonans((state) => state.room3dUnavailable);
  const missing = useMemo(() => !webglAvailable(), []);
  // Chosen once per mount: a component that changed type would build the room anew.
  const [RoomCanvas] = useState(() => loadedRoomCanvas()?.RoomCanvas ?? LazyRoom);

  // Said in the store, so the view tools offer no 3D views this browser cannot draw.
  useEffect(() => {
    if (missing && store.getState().room3dUnavailable !== 'missing') store.getState().setRoom3dUnavailable('missing');
  }, [missing, store]);

  const reason = missing ? 'missing' : (unavailable ?? (board === 'flat' ? 'chosen' : null));
  if (rehearsal && reason) return null;
  return (
    <RoomBoundary>
      <Suspense fallback={null}>
        {reason ? (
          <FlatBoard reason={reason} />
        ) : (
          <ErrorBoundary
            fallback={(error) => {
              // Only a WebGL failure falls back to the 2D board; anything else is the room boundary's.
              if (!isWebglFailure(error)) throw error;
              return null;
            }}
            onError={(error) => isWebglFailure(error) && store.getState().setRoom3dUnavailable('missing')}
          >
            <ContextLossWatch>
              <RoomCanvas label={label} rehearsal={rehearsal} />
            </ContextLossWatch>
          </ErrorBoundary>
        )}
      </Suspense>
    </RoomBoundary>
  );
}

/**
 * Hears the 3D room's WebGL context being lost (a GPU reset, too many tabs) and hands over to the
 * 2D board. The store holds the session, so nothing is lost; a drag in progress ends where its
 * last sample put the figure.
 */
function ContextLossWatch({ children }: { children: ReactNode }) {
  const store = useResonansStore();
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const onLost = () => {
      const state = store.getState();
      if (state.drag) state.endDrag(true);
      state.setRoom3dUnavailable('lost');
    };
    // The event does not bubble: it is heard on its way down to the canvas.
    element.addEventListener('webglcontextlost', onLost, true);
    return () => element.removeEventListener('webglcontextlost', onLost, true);
  }, [store]);
  return (
    <div ref={frame} className="room-canvas-frame">
      {children}
    </div>
  );
}
