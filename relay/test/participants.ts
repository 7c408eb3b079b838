import { io, type Socket } from 'socket.io-client';
import { startRelay, type RelayOptions, type RunningRelay } from '../relay.js';

/** The origin a browser on the app's dev server sends; allowed by the relay's defaults. */
export const appOrigin = 'http://127.0.0.1:5173';

export type JoinAnswer = { ok: true; others: number } | { ok: false; reason: 'bad-room' | 'full' | 'closing' };

/** Relays and sockets a test opened, closed after it whatever happened. */
export function createTestRelays() {
  const relays: RunningRelay[] = [];
  const sockets: Socket[] = [];
  return {
    async start(options: RelayOptions = {}) {
      const relay = await startRelay({ port: 0, statsEveryMs: 0, closeGraceMs: 100, ...options });
      relays.push(relay);
      return relay;
    },
    /** A participant's socket, connected; rejects with the relay's refusal. */
    async connect(url: string, origin: string | null = appOrigin): Promise<Socket> {
      const socket = io(url, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        extraHeaders: origin === null ? {} : { origin },
      });
      sockets.push(socket);
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', (error) => reject(error));
      });
      return socket;
    },
    async closeAll() {
      sockets.splice(0).forEach((socket) => socket.disconnect());
      await Promise.all(relays.splice(0).map((relay) => relay.close()));
    },
  };
}

export function join(socket: Socket, request: unknown): Promise<JoinAnswer> {
  return socket.timeout(10_000).emitWithAck('join', request) as Promise<JoinAnswer>;
}

/** The next time the socket hears this event, with its first argument. */
export function next<T = unknown>(socket: Socket, event: string): Promise<T> {
  return new Promise((resolve) => socket.once(event, (value: T) => resolve(value)));
}

/** Everything the socket hears of this event from now on, in order. */
export function heard<T = unknown>(socket: Socket, event: string): T[] {
  const seen: T[] = [];
  socket.on(event, (value: T) => seen.push(value));
  return seen;
}

/** A frame as a browser sends it: the bytes of a sealed message, here a marked filler. */
export function frame(mark: number, bytes = 32): ArrayBuffer {
  const view = new Uint8Array(bytes);
  view.fill(mark % 256);
  return view.buffer;
}

/** The mark of a received frame (a Buffer in Node). */
export function markOf(payload: Uint8Array): number {
  return payload[0] ?? -1;
}

export const roomA = 'roomAAAAAAAAAAAAAAAAAA';
export const roomB = 'roomBBBBBBBBBBBBBBBBBB';
