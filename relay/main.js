#!/usr/bin/env node
// @ts-check
// `npm run relay`: one relay instance, set by environment (see docs/relay.md).
import { readRelayConfig } from './config.js';
import { startRelay } from './relay.js';

/** The contract: a relay told to stop is gone within 5 s, whatever its participants do. */
const hardStopMs = 5000;

/**
 * One JSON line per event: counts and reasons only, never a room id, an origin or a frame.
 * @param {string} event
 * @param {Record<string, string | number | boolean>} [fields]
 */
function log(event, fields = {}) {
  console.log(JSON.stringify({ time: new Date().toISOString(), event, ...fields }));
}

try {
  const config = readRelayConfig(process.env);
  const relay = await startRelay({ ...config, log, instance: process.env.RELAY_INSTANCE?.trim() || undefined });
  const stop = (/** @type {string} */ signal) => {
    log('stopping', { signal });
    setTimeout(() => process.exit(1), hardStopMs).unref();
    relay.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} catch (error) {
  console.error(`relay: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
