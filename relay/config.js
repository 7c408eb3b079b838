// @ts-check
import { parseOrigins } from './origins.js';

/** The contract's limits; a practice changes them by environment, tests by options. */
export const relayDefaults = Object.freeze({
  host: '127.0.0.1',
  port: 8787,
  maxFrameBytes: 256 * 1024,
  roomTtlMs: 12 * 60 * 60 * 1000,
});

/**
 * @typedef {object} RelayConfig
 * @property {string} host
 * @property {number} port
 * @property {readonly string[]} origins
 * @property {string | null} redisUrl
 * @property {number} maxFrameBytes
 * @property {number} roomTtlMs
 */

/**
 * Reads the relay's settings from the environment. A wrong value stops the start with a message
 * that names the variable, rather than running with a limit nobody chose.
 *
 * @param {Record<string, string | undefined>} env
 * @returns {RelayConfig}
 */
export function readRelayConfig(env) {
  return {
    host: env.RELAY_HOST?.trim() || relayDefaults.host,
    port: readWhole(env, 'RELAY_PORT', relayDefaults.port, 0, 65535),
    origins: parseOrigins(env.RELAY_ORIGINS),
    redisUrl: env.REDIS_URL?.trim() || null,
    maxFrameBytes: readWhole(env, 'RELAY_MAX_FRAME_BYTES', relayDefaults.maxFrameBytes, 1, 64 * 1024 * 1024),
    roomTtlMs: readWhole(env, 'RELAY_ROOM_TTL_MS', relayDefaults.roomTtlMs, 1000, 7 * 24 * 60 * 60 * 1000),
  };
}

/**
 * @param {Record<string, string | undefined>} env
 * @param {string} name
 * @param {number} fallback
 * @param {number} min
 * @param {number} max
 */
function readWhole(env, name, fallback, min, max) {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${text}"`);
  }
  return value;
}
