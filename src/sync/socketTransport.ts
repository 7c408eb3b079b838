import { io, type Socket } from 'socket.io-client';
import type { RemoteConnection } from './remoteRoom';
import { listeners, type RelayNotice, RelayRefusal, type RelayRefusalReason, type RelayTransport } from './transport';

/**
 * The transport to a real relay (relay/), over socket.io's websocket transport only: no long
 * polling, so the relay and the Content-Security-Policy see one kind of connection. socket.io
 * reconnects with backoff by itself; after each reconnection this joins the room again. Loaded lazily with the live room, so the app's first script stays small.
 */

const JOIN_TIMEOUT_MS = 8000;
/** How long closing waits for the relay to confirm the leave before letting go anyway. */
const LEAVE_TIMEOUT_MS = 1500;

type JoinAnswer = { ok: true; others: number } | { ok: false; reason: RelayRefusalReason };

export interface SocketTransportOptions {
  /** The first wait before trying again after the link drops; it doubles up to five seconds. */
  readonly retryAfterMs?: number;
  /** Headers for a connection made outside a browser (tests in Node); a browser sends its own Origin. */
  readonly headers?: Readonly<Record<string, string>>;
}

export function connectSocketTransport(relayUrl: string, options: SocketTransportOptions = {}): RelayTransport {
  const socket: Socket = io(relayUrl, {
    transports: ['websocket'],
    reconnection: true,
    reconnectionDelay: options.retryAfterMs ?? 500,
    reconnectionDelayMax: 5000,
    randomizationFactor: 0.5,
    timeout: JOIN_TIMEOUT_MS,
    forceNew: true,
    ...(options.headers ? { extraHeaders: { ...options.headers } } : {}),
  });
  const frames = listeners<[Uint8Array]>();
  const presence = listeners<[number]>();
  const connection = listeners<[RemoteConnection]>();
  const notices = listeners<[RelayNotice]>();
  let room: string | null = null;
  let joined = false;
  /** Set once the first join has answered: from then on every new connection joins again by itself. */
  let rejoins = false;
  let closed = false;
  let state: RemoteConnection = 'connecting';
  const setState = (next: RemoteConnection) => {
    if (state === next) return;
    state = next;
    connection.emit(next);
  };

  const askToJoin = (name: string): Promise<number> =>
    new Promise((resolve, reject) => {
      socket.timeout(JOIN_TIMEOUT_MS).emit('join', { room: name }, (error: Error | null, answer?: JoinAnswer) => {
        if (error || !answer) reject(new RelayRefusal('unreachable'));
        else if (answer.ok) resolve(answer.others);
        else reject(new RelayRefusal(answer.reason));
      });
    });
  const emitFrame = (frame: Uint8Array) => {
    if (!room) return;
    // The relay takes an ArrayBuffer holding exactly the frame.
    socket.emit('frame', room, frame.buffer.slice(frame.byteOffset, frame.byteOffset + frame.byteLength));
  };

  socket.on('connect', () => {
    if (!room || closed || !rejoins) return;
    const name = room;
    askToJoin(name).then(
      (others) => {
        if (closed || room !== name) return;
        joined = true;
        presence.emit(others);
        setState('open');
      },
      // The room is gone (expired, or the relay refuses it now): the link is of no more use.
      () => {
        if (!closed) setState('closed');
      },
    );
  });
  socket.on('disconnect', (reason) => {
    joined = false;
    if (closed) return;
    setState('reconnecting');
    // A relay that ends the connection on purpose is not retried by socket.io; a restarted one should be.
    if (reason === 'io server disconnect') socket.connect();
  });
  socket.on('connect_error', () => {
    if (!closed && state !== 'connecting') setState('reconnecting');
  });
  socket.on('frame', (payload: unknown) => {
    if (payload instanceof ArrayBuffer) frames.emit(new Uint8Array(payload));
    else if (ArrayBuffer.isView(payload)) frames.emit(new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength));
  });
  socket.on('presence', (message: unknown) => {
    const others = typeof message === 'object' && message !== null && 'others' in message ? message.others : null;
    if (typeof others === 'number' && Number.isInteger(others) && others >= 0) presence.emit(others);
  });
  socket.on('limited', () => notices.emit('limited'));
  socket.on('closing', () => notices.emit('closing'));
  socket.on('expired', () => {
    notices.emit('expired');
    setState('closed');
  });

  return {
    join: async (name) => {
      room = name;
      if (!socket.connected) {
        await new Promise<void>((resolve, reject) => {
          const fail = () => reject(new RelayRefusal('unreachable'));
          socket.once('connect', () => {
            socket.off('connect_error', fail);
            resolve();
          });
          // The first attempt failing means no relay answers at that address: say so rather than wait for ever.
          socket.once('connect_error', fail);
        });
      }
      const others = await askToJoin(name);
      joined = true;
      rejoins = true;
      setState('open');
      return others;
    },
    send: (frame) => {
      if (!closed && joined && socket.connected) emitFrame(frame);
    },
    onFrame: (listener) => frames.add(listener),
    onPresence: (listener) => presence.add(listener),
    onConnection: (listener) => connection.add(listener),
    onNotice: (listener) => notices.add(listener),
    close: async () => {
      if (closed) return;
      closed = true;
      // The relay handles a socket's events in order but drops those of a socket already gone:
      // waiting for the leave's answer means the frames before it (the room's end) were forwarded.
      if (room && socket.connected) {
        const name = room;
        await new Promise<void>((resolve) => {
          socket.timeout(LEAVE_TIMEOUT_MS).emit('leave', { room: name }, () => resolve());
        });
      }
      socket.disconnect();
      setState('closed');
      for (const set of [frames, presence, connection, notices]) set.clear();
    },
  };
}
