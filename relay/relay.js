// @ts-check
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { relayDefaults } from './config.js';
import { isOriginAllowed, defaultOrigins } from './origins.js';
import { welcomeParticipant } from './participant.js';
import { createRoomAges } from './roomAges.js';

/**
 * @typedef {object} RelayOptions
 * @property {number} [port] 0 picks a free port
 * @property {string} [host]
 * @property {readonly string[]} [origins] allowed app origins, `:*` for any port
 * @property {string | null} [redisUrl] shares rooms with other instances through this Redis
 * @property {number} [maxFrameBytes]
 * @property {number} [roomTtlMs]
 * @property {() => number} [now] milliseconds; injected so tests drive limits and expiry
 * @property {string} [instance] told by /health, so a load balancer's instances can be told apart
 * @property {number} [closeGraceMs] how long participants have to leave after `closing`
 * @property {number} [sweepEveryMs] how often rooms past their time are looked for
 * @property {number} [statsEveryMs] how often counts are logged; 0 never
 * @property {(event: string, fields?: Record<string, string | number | boolean>) => void} [log] counts and reasons only
 */

/**
 * @typedef {object} RunningRelay
 * @property {string} url http://host:port; socket.io listens at /socket.io, the health check at /health
 * @property {string} instance
 * @property {() => Promise<void>} close tells every participant `closing`, waits a moment for them to go, then stops
 */

/** A frame over the limit is dropped; one far over it closes the socket before it is buffered whole. */
const engineSlackBytes = 64 * 1024;

/**
 * Starts one relay instance: a socket.io server (websocket only) that forwards opaque, sealed
 * frames between the participants of a room and stores nothing.
 *
 * @param {RelayOptions} [options]
 * @returns {Promise<RunningRelay>}
 */
export async function startRelay(options = {}) {
  const host = options.host ?? relayDefaults.host;
  const origins = options.origins ?? defaultOrigins;
  const maxFrameBytes = options.maxFrameBytes ?? relayDefaults.maxFrameBytes;
  const roomTtlMs = options.roomTtlMs ?? relayDefaults.roomTtlMs;
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const instance = options.instance ?? randomBytes(4).toString('hex');
  const counters = {
    forwarded: 0,
    droppedTooLarge: 0,
    droppedRate: 0,
    droppedNotMember: 0,
    droppedNotBinary: 0,
    refusedOrigin: 0,
    refusedBadRoom: 0,
    refusedFull: 0,
    refusedClosing: 0,
    expired: 0,
  };
  const ages = createRoomAges({ ttlMs: roomTtlMs, now });
  let closing = false;

  const http = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://relay').pathname;
    if (request.method === 'GET' && path === '/health') {
      const body = { status: closing ? 'closing' : 'ok', rooms: ages.size, connections: io.engine.clientsCount, instance };
      // 503 while closing, so a load balancer sends new participants to another instance.
      sendJson(response, closing ? 503 : 200, body);
      return;
    }
    sendJson(response, 404, { status: 'not-found' });
  });

  const io = new Server(http, {
    path: '/socket.io',
    transports: ['websocket'],
    serveClient: false,
    maxHttpBufferSize: maxFrameBytes + engineSlackBytes,
    allowRequest: (request, answer) => {
      if (closing) {
        counters.refusedClosing += 1;
        answer('closing', false);
      } else if (!isOriginAllowed(request.headers.origin, origins)) {
        counters.refusedOrigin += 1;
        answer('origin not allowed', false);
      } else {
        answer(null, true);
      }
    },
  });

  const redis = options.redisUrl ? await (await import('./redisAdapter.js')).attachRedis(io, options.redisUrl, log) : null;
  const participants = io.of('/');
  participants.adapter.on('delete-room', (/** @type {string} */ room) => ages.forget(room));

  /** Closes the room here; other instances close their part when told. */
  const expireHere = (/** @type {string} */ room) => {
    ages.forget(room);
    for (const id of participants.adapter.rooms.get(room) ?? []) {
      const socket = participants.sockets.get(id);
      if (!socket) continue;
      socket.emit('expired');
      socket.data.room = null;
      void socket.leave(room);
    }
  };
  const expire = (/** @type {string} */ room) => {
    counters.expired += 1;
    if (redis) io.serverSideEmit('expire-room', room);
    expireHere(room);
  };
  io.on('expire-room', (/** @type {unknown} */ room) => {
    if (typeof room === 'string') expireHere(room);
  });

  /** @type {Map<string, Promise<void>>} */
  const joining = new Map();
  /** @type {import('./participant.js').RoomHub} */
  const hub = {
    isClosing: () => closing,
    countInRoom: async (room) => {
      try {
        return (await io.in(room).fetchSockets()).length;
      } catch {
        // Another instance did not answer in time: count those here rather than refuse the knock.
        log('count-failed', { reason: 'adapter-timeout' });
        return participants.adapter.rooms.get(room)?.size ?? 0;
      }
    },
    oneJoinAtATime: (room, task) => {
      const next = (joining.get(room) ?? Promise.resolve()).then(task).catch(() => log('join-failed', { reason: 'internal' }));
      joining.set(room, next);
      void next.then(() => {
        if (joining.get(room) === next) joining.delete(room);
      });
    },
    roomSeen: (room) => ages.seen(room),
    expireIfDue: (room) => {
      if (!ages.isDue(room)) return false;
      expire(room);
      return true;
    },
    announcePresence: (room, others) => {
      io.to(room).emit('presence', { others });
    },
    maxFrameBytes,
    now,
    counters,
  };
  io.on('connection', (socket) => welcomeParticipant(socket, hub));

  const sweepEveryMs = options.sweepEveryMs ?? Math.min(60_000, Math.max(250, roomTtlMs / 4));
  const sweep = setInterval(() => ages.due().forEach(expire), sweepEveryMs);
  sweep.unref();
  const statsEveryMs = options.statsEveryMs ?? 60_000;
  const logStats = () => log('stats', { rooms: ages.size, connections: io.engine.clientsCount, ...counters });
  const stats = statsEveryMs > 0 ? setInterval(logStats, statsEveryMs) : null;
  stats?.unref();

  await new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? relayDefaults.port, host, () => resolve(undefined));
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  log('listening', { url, redis: redis !== null, instance });

  /** @type {Promise<void> | null} */
  let closed = null;
  const close = () => {
    closed ??= (async () => {
      closing = true;
      clearInterval(sweep);
      if (stats) clearInterval(stats);
      io.local.emit('closing');
      await until(() => io.engine.clientsCount === 0, options.closeGraceMs ?? 1000);
      // Dropping the transports (no disconnect packet) leaves the clients free to reconnect elsewhere.
      await new Promise((resolve) => io.close(() => resolve(undefined)));
      http.closeAllConnections();
      await redis?.quit();
      logStats();
      log('stopped', { instance });
    })();
    return closed;
  };

  return { url, instance, close };
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {object} body
 */
function sendJson(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

/**
 * @param {() => boolean} condition
 * @param {number} withinMs
 */
async function until(condition, withinMs) {
  const endMs = Date.now() + withinMs;
  while (!condition() && Date.now() < endMs) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
