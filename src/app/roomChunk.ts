import type * as RoomCanvasModule from '../scene/RoomCanvas';

/**
 * The 3D room's script (three.js, React Three Fiber, drei, the scene) is most of the app's
 * weight and loads apart from the first screen. It is asked for once: while the library waits
 * for a click, when the browser is idle, so that opening a session need not wait for the script
 * to arrive and compile; or by the room itself, whichever comes first.
 */

/** `load` run at most once while it succeeds; a failed load (a dropped connection) is tried again on the next call. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}

/** Runs `work` when the browser is idle (at the latest after `timeoutMs`); returns a cancel. */
export function whenIdle(work: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, timeoutMs);
  return () => clearTimeout(id);
}

type RoomModule = typeof RoomCanvasModule;
let loadedRoom: RoomModule | null = null;

export const loadRoomCanvas = loadOnce(() => import('../scene/RoomCanvas').then((module) => (loadedRoom = module)));

/**
 * The room's module once it has loaded, else null. A room that can be drawn at once must not
 * suspend: React shows a suspended part's content no sooner than 300 ms after its fallback, so a
 * lazy room, even one already loaded, opened a session 300 ms late.
 */
export const loadedRoomCanvas = (): RoomModule | null => loadedRoom;

/** Fetches and compiles the room's script in idle time; a failure here is no error, the room tries again when it opens. */
export const preloadRoomWhenIdle = (): (() => void) => whenIdle(() => void loadRoomCanvas().catch(() => undefined));
