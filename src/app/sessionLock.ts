/**
 * One tab edits a session at a time. The first tab to open it holds a Web Lock named after it
 * for as long as the session is open; another tab finds the lock taken and shows the session
 * read-only, so two tabs never overwrite each other. A browser without Web Locks edits freely.
 */
export interface SessionLock {
  readonly held: boolean;
  release(): void;
}

export async function lockSession(id: string): Promise<SessionLock> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return { held: true, release: () => undefined };
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held = await new Promise<boolean>((answer) => {
    void locks
      .request(`resonans-session-${id}`, { ifAvailable: true }, async (lock) => {
        answer(lock !== null);
        // Holding the lock is waiting: it is let go when the session closes.
        if (lock) await released;
      })
      .catch(() => answer(true));
  });
  return { held, release };
}
