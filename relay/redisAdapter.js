// @ts-check
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';

/** A relay that cannot reach its Redis at start says so instead of serving half a cluster. */
const connectTimeoutMs = 5000;

/** The adapter's commands whose promises it drops; on reconnecting the client subscribes anew by itself. */
const unawaitedCommands = /** @type {const} */ (['publish', 'pSubscribe', 'subscribe', 'pUnsubscribe', 'unsubscribe']);

/**
 * Shares rooms between relay instances through Redis pub/sub: a frame or presence count sent on
 * one instance reaches the room's sockets on every other. Redis sees the same opaque frames as
 * the relay and keeps none of them (pub/sub only, no keys).
 *
 * @param {import('socket.io').Server} io
 * @param {string} url
 * @param {(event: string, fields?: Record<string, string | number | boolean>) => void} log
 */
export async function attachRedis(io, url, log) {
  // While Redis is away a frame for another instance is dropped at once rather than queued in
  // memory without bound; frames between this instance's own sockets go on as before.
  // No timeout per command: node-redis would arm a timer for every frame published, costing CPU
  // and, on a busy machine, failing frames that waited over 5 s in line; a lost connection fails
  // the waiting commands anyway.
  // Maintenance notifications are a Redis Enterprise feature the relay does not use.
  const pub = createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: 0 },
    maintNotifications: 'disabled',
    socket: { connectTimeout: connectTimeoutMs },
  });
  const sub = pub.duplicate();
  // Presence counts sent while the relay stops fail on closed clients; that is no error to log.
  let quitting = false;
  for (const [name, client] of /** @type {const} */ ([
    ['pub', pub],
    ['sub', sub],
  ])) {
    client.on('error', (/** @type {{ code?: string; name?: string }} */ error) =>
      log('redis-error', { client: name, reason: error.code ?? error.name ?? 'unknown' }),
    );
    guardUnawaitedCommands(/** @type {Record<string, unknown>} */ (/** @type {unknown} */ (client)), (/** @type {unknown} */ error) =>
      quitting ? undefined : log('redis-error', { client: name, reason: error instanceof Error ? error.constructor.name : 'command-failed' }),
    );
  }
  try {
    await withTimeout(Promise.all([pub.connect(), sub.connect()]), connectTimeoutMs);
  } catch {
    pub.destroy();
    sub.destroy();
    throw new Error('Redis is not reachable at REDIS_URL');
  }
  io.adapter(createAdapter(pub, sub, { key: 'resonans-relay' }));
  return {
    async quit() {
      quitting = true;
      // A client still retrying a lost Redis would wait for it before closing: drop it at once.
      await Promise.allSettled([pub, sub].map((client) => (client.isReady ? client.close() : client.destroy())));
    },
  };
}

/**
 * The adapter calls these without awaiting them, so a Redis that goes away would turn each
 * into an unhandled rejection and stop the relay with it. They fail quietly instead, logged.
 *
 * @param {Record<string, unknown>} client
 * @param {(error: unknown) => void} onFailure
 */
function guardUnawaitedCommands(client, onFailure) {
  for (const name of unawaitedCommands) {
    const command = client[name];
    if (typeof command !== 'function') continue;
    client[name] = (/** @type {unknown[]} */ ...args) => {
      const result = command.apply(client, args);
      return result instanceof Promise ? result.catch(onFailure) : result;
    };
  }
}

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @returns {Promise<T>}
 */
function withTimeout(promise, ms) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const late = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, late])).finally(() => clearTimeout(timer));
}
