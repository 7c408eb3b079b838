// @ts-check
// The relay under load (npm run bench; never part of npm test): rooms of two participants, each
// moving a figure at 20 Hz, first through one relay, then through two relay instances sharing
// rooms through Redis with every room's participants on different instances. Loopback only.
// RELAY_BENCH_SECONDS shortens the measured minute through one relay for a quick check;
// RELAY_BENCH_REDIS_SECONDS is the run through two relays and Redis (30 s, so that the whole of
// `npm run bench` stays under ten minutes); RELAY_BENCH_ROOMS and RELAY_BENCH_HZ change the load.
import { spawn, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { hasRedisServer, startThrowawayRedis } from '../../relay/dev/throwawayRedis.js';
import { merge, quantileMs } from './latencyHistogram.mjs';
import { usageOf, watchUsage } from './processUsage.mjs';

const seconds = Number(process.env.RELAY_BENCH_SECONDS ?? 60);
const redisSeconds = Number(process.env.RELAY_BENCH_REDIS_SECONDS ?? Math.min(seconds, 30));
const roomCount = Number(process.env.RELAY_BENCH_ROOMS ?? 500);
const hz = Number(process.env.RELAY_BENCH_HZ ?? 20);
const payloadBytes = 200;
const round = (/** @type {number} */ value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * A relay as a practice runs it: `node relay/main.js` in its own process.
 * @param {Record<string, string>} env
 */
async function startRelayProcess(env) {
  const child = spawn(process.execPath, ['relay/main.js'], {
    env: { ...process.env, RELAY_HOST: '127.0.0.1', RELAY_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', () => resolve(undefined)));
  const lines = createInterface({ input: /** @type {import('node:stream').Readable} */ (child.stdout) });
  let forwarded = 0;
  /** @type {Promise<{ cpuMs: number; forwarded: number }> | undefined} */
  let stopped;
  const url = await new Promise((resolve, reject) => {
    lines.on('line', (line) => {
      const event = JSON.parse(line);
      if (event.event === 'listening') resolve(event.url);
      // The relay logs its counts once more as it stops.
      if (event.event === 'stats') forwarded = event.forwarded;
      else if (event.event !== 'listening' && event.event !== 'stopping' && event.event !== 'stopped') console.error('relay said', line);
    });
    child.once('exit', () => reject(new Error('the relay stopped before it listened')));
  });
  return {
    url: /** @type {string} */ (url),
    pid: child.pid ?? 0,
    /** Stops the relay (once, however often asked); says how much CPU it used in its life and how many frames it forwarded. */
    stop() {
      stopped ??= (async () => {
        const { cpuMs } = usageOf(child.pid ?? 0);
        child.kill('SIGTERM');
        await exited;
        return { cpuMs, forwarded };
      })();
      return stopped;
    },
  };
}

/**
 * One participant of every room, in a process of its own.
 * @param {string} relayUrl
 * @param {string[]} rooms
 */
async function startSide(relayUrl, rooms) {
  const child = fork(new URL('./participants.mjs', import.meta.url), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  /** @type {(type: string) => Promise<any>} the worker's report, checked where it is read */
  const message = (type) =>
    new Promise((resolve, reject) => {
      child.on('message', (/** @type {{ type: string }} */ value) => value.type === type && resolve(value));
      child.once('exit', (code) => reject(new Error(`a participants process stopped (${code})`)));
    });
  const ready = message('ready');
  child.send({ type: 'start', relayUrl, rooms, hz, payloadBytes });
  await ready;
  return {
    pid: child.pid ?? 0,
    /** @param {object} go */
    run(go) {
      const report = message('report');
      child.send({ type: 'go', ...go });
      return report.finally(() => child.kill());
    },
  };
}

/** @param {number} wallMs */
const sleepUntil = (wallMs) => new Promise((resolve) => setTimeout(resolve, Math.max(0, wallMs - Date.now())));

/**
 * @param {string} scenario
 * @param {[string, string]} urls the relay of each room's first and second participant
 * @param {Record<string, number>} servers pids of the relay instances (and Redis) to measure
 * @param {number} seconds how long to measure, after a warm-up
 */
async function runScenario(scenario, urls, servers, seconds) {
  const warmupSeconds = Math.min(5, Math.max(1, seconds / 6));
  const rooms = Array.from({ length: roomCount }, () => randomBytes(16).toString('base64url'));
  const [first, second] = await Promise.all([startSide(urls[0], rooms), startSide(urls[1], rooms)]);
  const startMs = Date.now() + 1000;
  const measureFromMs = startMs + warmupSeconds * 1000;
  const measureUntilMs = measureFromMs + seconds * 1000;
  const go = { startMs, measureFromMs, measureUntilMs };
  const reports = Promise.all([first.run(go), second.run(go)]);
  await sleepUntil(measureFromMs);
  const loadBefore = loadavg()[0] ?? 0;
  const usage = watchUsage({ ...servers, participantsFirst: first.pid, participantsSecond: second.pid });
  await sleepUntil(measureUntilMs);
  const used = usage.stop();
  const loadAfter = loadavg()[0] ?? 0;
  const done = await reports;
  const sum = (/** @type {string} */ key) => done.reduce((total, report) => total + report[key], 0);
  const latencies = merge(done.map((report) => report.latencies));
  const sent = sum('sent');
  const received = sum('received');
  return {
    scenario,
    rooms: roomCount,
    participants: roomCount * 2,
    hz,
    payloadBytes,
    measuredSeconds: seconds,
    offeredPerSecond: roomCount * 2 * hz,
    sentPerSecond: round(sent / seconds, 0),
    deliveredPerSecond: round(received / seconds, 0),
    // Sent in the window but not arrived 3 s after sending stopped.
    lateOrLostPercent: round(sent === 0 ? 0 : ((sent - received) / sent) * 100),
    latencyMedianMs: round(quantileMs(latencies, 0.5)),
    latencyP99Ms: round(quantileMs(latencies, 0.99)),
    limited: sum('limited'),
    disconnects: sum('disconnects'),
    participantsEventLoopDelayP99Ms: done.map((report) => round(report.eventLoopDelayP99Ms)),
    processes: used,
    machineLoadAverage: [round(loadBefore), round(loadAfter)],
  };
}

/**
 * CPU per frame forwarded, over the relays' whole lives: unlike latency, it hardly depends on
 * how busy the rest of the machine is.
 * @param {{ cpuMs: number; forwarded: number }[]} lives
 */
function costPerFrame(lives) {
  const cpuMs = lives.reduce((total, life) => total + life.cpuMs, 0);
  const forwarded = lives.reduce((total, life) => total + life.forwarded, 0);
  return { relayFramesForwarded: forwarded, relayCpuMsPerThousandFrames: round(forwarded === 0 ? Number.NaN : (cpuMs * 1000) / forwarded, 1) };
}

const results = [];
{
  const relay = await startRelayProcess({});
  try {
    const result = await runScenario('one relay', [relay.url, relay.url], { relay: relay.pid }, seconds);
    results.push({ ...result, ...costPerFrame([await relay.stop()]) });
  } finally {
    await relay.stop();
  }
}
if (hasRedisServer()) {
  const redis = await startThrowawayRedis();
  const relays = await Promise.all([startRelayProcess({ REDIS_URL: redis.url }), startRelayProcess({ REDIS_URL: redis.url })]);
  const [one, two] = /** @type {[typeof relays[0], typeof relays[0]]} */ (relays);
  try {
    const result = await runScenario('two relays and Redis', [one.url, two.url], { relayOne: one.pid, relayTwo: two.pid, redis: redis.pid }, redisSeconds);
    results.push({ ...result, ...costPerFrame(await Promise.all(relays.map((relay) => relay.stop()))) });
  } finally {
    await Promise.all(relays.map((relay) => relay.stop()));
    await redis.stop();
  }
} else {
  console.log('relay load: two relays and Redis skipped, /usr/bin/redis-server is missing (apt-get install redis-server)');
}

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/relay.json', `${JSON.stringify(results, null, 2)}\n`);
for (const result of results) console.log('relay load', JSON.stringify(result, null, 2));
