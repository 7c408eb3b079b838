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

export const loadRoomCanvas = loadOnce(() => import('../scene/RoomCanvas'));

/** Fetches and compiles the room's script in idle time; a failure here is no error, the room tries again when it opens. */
export const preloadRoomWhenIdle = (): (() => void) => whenIdle(() => void loadRoomCanvas().catch(() => undefined));
