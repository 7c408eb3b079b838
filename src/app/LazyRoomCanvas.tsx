import { lazy, Suspense } from 'react';
import { RoomBoundary } from './errors/RoomBoundary';

/**
 * The 3D room is most of the app's weight (three.js, React Three Fiber, drei): it loads when a
 * session opens, so the library and the new-session form appear at once.
 */
const RoomCanvas = lazy(() => import('../scene/RoomCanvas').then((module) => ({ default: module.RoomCanvas })));

// A chunk that will not load or a WebGL failure stops at the room's edge: the panels stay.
export function LazyRoomCanvas({ label }: { label: string }) {
  return (
    <RoomBoundary>
      <Suspense fallback={null}>
        <RoomCanvas label={label} />
      </Suspense>
    </RoomBoundary>
  );
}
