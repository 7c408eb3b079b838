/** Stand-ins for the browser APIs tabs use, for unit tests (jsdom has neither). */
import type { BroadcastChannelLike } from './tabChannel';
import type { LockManagerLike } from './sessionGuard';

/**
 * BroadcastChannel as browsers have it: a message reaches every other channel of the same
 * name, asynchronously and as a structured clone, and never the channel that posted it.
 */
export function fakeBroadcastNetwork() {
  const open = new Set<FakeChannel>();
  class FakeChannel implements BroadcastChannelLike {
    private readonly listeners = new Set<(event: MessageEvent) => void>();
    closed = false;
    constructor(readonly name: string) {
      open.add(this);
    }
    postMessage(message: unknown): void {
      if (this.closed) throw new Error('InvalidStateError: the channel is closed');
      const copy = structuredClone(message);
      for (const other of open) {
        if (other === this || other.name !== this.name) continue;
        queueMicrotask(() => other.deliver(copy));
      }
    }
    private deliver(data: unknown): void {
      if (this.closed) return;
      for (const listener of this.listeners) listener(new MessageEvent('message', { data }));
    }
    addEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
      this.listeners.add(listener);
    }
    removeEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
      this.listeners.delete(listener);
    }
    close(): void {
      this.closed = true;
      open.delete(this);
    }
  }
  return { open: (name: string): FakeChannel => new FakeChannel(name) };
}

/**
 * Web Locks as browsers have them for exclusive locks: one holder per name across the origin,
 * `ifAvailable` hands the callback null instead of waiting, other requests wait in line until
 * the holder lets go or their signal aborts them, and a lock is let go when the callback's
 * promise settles.
 */
export function fakeLockManager() {
  const held = new Set<string>();
  const waiting = new Map<string, (() => void)[]>();
  // The next in line gets the lock at once, so no ifAvailable request slips in between.
  const letGo = (name: string) => {
    const next = waiting.get(name)?.shift();
    if (next) next();
    else held.delete(name);
  };
  const waitInLine = (name: string, signal: AbortSignal | undefined) =>
    new Promise<void>((resolve, reject) => {
      const line = waiting.get(name) ?? [];
      waiting.set(name, line);
      const turn = () => resolve();
      line.push(turn);
      signal?.addEventListener('abort', () => {
        const at = line.indexOf(turn);
        if (at >= 0) line.splice(at, 1);
        reject(new DOMException('The request was aborted.', 'AbortError'));
      });
    });
  type Options = { ifAvailable?: boolean; signal?: AbortSignal };
  const manager = {
    held,
    async request<T>(
      name: string,
      ...rest: [callback: (lock: unknown) => Promise<T>] | [options: Options, callback: (lock: unknown) => Promise<T>]
    ): Promise<T> {
      const [options, callback]: [Options, (lock: unknown) => Promise<T>] = rest.length === 1 ? [{}, rest[0]] : rest;
      if (held.has(name)) {
        if (options.ifAvailable) return callback(null);
        await waitInLine(name, options.signal);
      }
      held.add(name);
      try {
        return await callback({ name, mode: 'exclusive' });
      } finally {
        letGo(name);
      }
    },
    async query() {
      return { held: [...held].map((name) => ({ name, mode: 'exclusive' as const })), pending: [] };
    },
  };
  return manager satisfies LockManagerLike;
}
