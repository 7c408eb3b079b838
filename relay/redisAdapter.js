// @ts-check
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';

/** A relay that cannot reach its Redis at start says so instead of serving half a cluster. */
const connectTimeoutMs = 5000;

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
  const pub = createClient({ url, socket: { connectTimeout: connectTimeoutMs } });
  const sub = pub.duplicate();
  for (const [name, client] of /** @type {const} */ ([
    ['pub', pub],
    ['sub', sub],
  ])) {
    client.on('error', (/** @type {{ code?: string; name?: string }} */ error) =>
      log('redis-error', { client: name, reason: error.code ?? error.name ?? 'unknown' }),
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
      // A client still retrying a lost Redis would wait for it before closing: drop it at once.
      await Promise.allSettled([pub, sub].map((client) => (client.isReady ? client.close() : client.destroy())));
    },
  };
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
