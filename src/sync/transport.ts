import type { RemoteConnection } from './remoteRoom';

/**
 * The way to the relay, behind one interface: the socket.io client in the browser
 * (socketTransport.ts, loaded lazily) and an in-memory relay in tests (memoryRelay.ts). Both keep
 * the relay's semantics: a frame goes to every other participant of the room, never back to its
 * sender; presence counts the others; after a dropped link the transport comes back by itself
 * and joins its room again.
 */
export interface RelayTransport {
  /** Joins a room; resolves with how many others are in it, or rejects with a RelayRefusal. */
  join(room: string): Promise<number>;
  /**
   * Sends a sealed frame to the others. While the link is down a frame is dropped, as the relay
   * drops one for a room with nobody else in it: the bindings make up after a reconnection (the
   * host sends its view again, the guest its moves made meanwhile), rather than a burst of stale
   * frames that the relay's rate limit would cut anyway.
   */
  send(frame: Uint8Array): void;
  onFrame(listener: (frame: Uint8Array) => void): () => void;
  /** How many others are in the room, whenever someone comes or goes. */
  onPresence(listener: (others: number) => void): () => void;
  onConnection(listener: (state: RemoteConnection) => void): () => void;
  /** What the relay says about the room: it is shutting down, the room expired, or frames were dropped for speed. */
  onNotice(listener: (notice: RelayNotice) => void): () => void;
  /** Leaves the room and closes the link for good; resolves once the relay has had every frame sent before it. */
  close(): Promise<void>;
}

export type RelayNotice = 'closing' | 'expired' | 'limited';

export type RelayRefusalReason = 'bad-room' | 'full' | 'closing' | 'unreachable';

export class RelayRefusal extends Error {
  constructor(readonly reason: RelayRefusalReason) {
    super(`The relay did not let us into the room: ${reason}`);
    this.name = 'RelayRefusal';
  }
}

/** A small set of listeners: add returns the way to remove. */
export function listeners<T extends unknown[]>() {
  const set = new Set<(...args: T) => void>();
  return {
    add(listener: (...args: T) => void): () => void {
      set.add(listener);
      return () => set.delete(listener);
    },
    emit(...args: T): void {
      for (const listener of [...set]) listener(...args);
    },
    clear(): void {
      set.clear();
    },
  };
}
