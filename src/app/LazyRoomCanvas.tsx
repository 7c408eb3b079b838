import { lazy, Suspense } from 'react';

/**
 * The 3D room is most of the app's weight (three.js, React Three Fiber, drei): it loads when a
 * session opens, so the library and the new-session form appear at once.
 */
const RoomCanvas = lazy(() => import('../scene/RoomCanvas').then((module) => ({ default: module.RoomCanvas })));

export function LazyRoomCanvas({ label }: { label: string }) {
  return (
    <Suspense fallback={null}>
      <RoomCanvas label={label} />
    </Suspense>
  );
}
