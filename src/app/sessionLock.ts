/**
 * One tab edits a session at a time. The first tab to open it holds a Web Lock named after it
 * for as long as the session is open; another tab finds the lock taken, shows the session
 * read-only and waits in line for the lock, so it can take over when the editing tab closes.
 * A browser without Web Locks edits freely.
 */
export interface SessionLock {
  /** Whether this tab held the lock when it was asked for. */
  readonly held: boolean;
  /** Resolves once this tab holds the lock: at once when held, or when the tab holding it lets go. Never after `release`. */
  readonly granted: Promise<void>;
  /** Lets the lock go, or stops waiting for it. */
  release(): void;
}

/** The lock's name; the library checks it too, to tell a session open in another tab. */
export const sessionLockName = (id: string) => `resonans-session-${id}`;

/** The part of navigator.locks the session lock uses; injected so tests can pass a fake. */
interface Locks {
  request(name: string, options: { ifAvailable?: boolean; signal?: AbortSignal }, callback: (lock: unknown) => Promise<void>): Promise<void>;
}

const browserLocks = (): Locks | undefined => (typeof navigator === 'undefined' ? undefined : (navigator.locks as Locks | undefined));

/**
 * Asks for the session's lock. A lock that comes free within `graceMs` counts as held: a page
 * being reloaded, or opened twice by React's development mode, lets go of it a moment later.
 */
export async function lockSession(id: string, locks: Locks | undefined = browserLocks(), graceMs = 0): Promise<SessionLock> {
  if (!locks) return { held: true, granted: Promise.resolve(), release: () => undefined };
  let letGo: () => void = () => undefined;
  let letGone = false;
  const released = new Promise<void>((resolve) => {
    letGo = () => {
      letGone = true;
      resolve();
    };
  });
  let grant: () => void = () => undefined;
  const granted = new Promise<void>((resolve) => {
    grant = resolve;
  });
  // Holding the lock is waiting: it is let go when the session closes.
  const hold = async () => {
    // A tab that stopped waiting is not granted a lock that comes free a moment later.
    if (letGone) return;
    grant();
    await released;
  };
  const held = await new Promise<boolean>((answer) => {
    void locks
      .request(sessionLockName(id), { ifAvailable: true }, async (lock) => {
        answer(lock !== null);
        if (lock) await hold();
      })
      .catch(() => {
        // Locks that fail are no reason to refuse editing: this tab edits as if it held one.
        answer(true);
        grant();
      });
  });
  if (held) return { held, granted, release: letGo };
  const waiting = new AbortController();
  void locks.request(sessionLockName(id), { signal: waiting.signal }, hold).catch(() => undefined);
  const soon = await Promise.race([granted.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), graceMs))]);
  if (soon) return { held: true, granted, release: letGo };
  return {
    held,
    granted,
    release() {
      waiting.abort();
      letGo();
    },
  };
}
