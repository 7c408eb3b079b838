// @ts-check
// One side of every room in the relay load test (the first or the second participant), in a
// process of its own: connects, joins, moves a figure at the given rate (a random payload
// stands in for a sealed pose message, its first 8 bytes the send time) and measures how long
// the other side's frames took.
import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import { createHistogram, record } from './latencyHistogram.mjs';

/** Wall-clock milliseconds with sub-millisecond precision, comparable across processes. */
const clockMs = () => performance.timeOrigin + performance.now();
const origin = 'http://127.0.0.1:5173';

/**
 * @typedef {{ type: 'start'; relayUrl: string; rooms: string[]; hz: number; payloadBytes: number }} Start
 * @typedef {{ type: 'go'; startMs: number; measureFromMs: number; measureUntilMs: number }} Go
 */

/** @type {{ socket: import('socket.io-client').Socket; room: string }[]} */
const participants = [];
let payloadBytes = 200;
let hz = 20;
const latencies = createHistogram();
const counts = { sent: 0, received: 0, limited: 0, disconnects: 0 };
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
let measureFromMs = Infinity;
let measureUntilMs = -Infinity;
const filler = randomBytes(64 * 1024);

process.on('message', (/** @type {Start | Go} */ message) => {
  if (message.type === 'start') void start(message);
  else void go(message);
});

/** @param {Start} options */
async function start({ relayUrl, rooms, hz: rate, payloadBytes: bytes }) {
  payloadBytes = bytes;
  hz = rate;
  for (let index = 0; index < rooms.length; index += 50) {
    await Promise.all(rooms.slice(index, index + 50).map((room) => enter(relayUrl, room)));
  }
  process.send?.({ type: 'ready' });
}

/**
 * @param {string} relayUrl
 * @param {string} room
 */
async function enter(relayUrl, room) {
  const socket = io(relayUrl, { transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: { origin } });
  await new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(undefined));
    socket.once('connect_error', reject);
  });
  const answer = await socket.timeout(30_000).emitWithAck('join', { room });
  if (!answer.ok) throw new Error(`join refused: ${answer.reason}`);
  socket.on('frame', (/** @type {Buffer} */ payload) => {
    const sentMs = payload.readDoubleLE(0);
    if (sentMs < measureFromMs || sentMs >= measureUntilMs) return;
    counts.received += 1;
    record(latencies, clockMs() - sentMs);
  });
  socket.on('limited', () => (counts.limited += 1));
  socket.on('disconnect', () => (counts.disconnects += 1));
  participants.push({ socket, room });
}

/**
 * @param {import('socket.io-client').Socket} socket
 * @param {string} room
 */
function sendMove(socket, room) {
  const payload = Buffer.allocUnsafe(payloadBytes);
  const offset = Math.floor(Math.random() * (filler.length - payloadBytes));
  filler.copy(payload, 0, offset, offset + payloadBytes);
  const sentMs = clockMs();
  payload.writeDoubleLE(sentMs, 0);
  if (sentMs >= measureFromMs && sentMs < measureUntilMs) counts.sent += 1;
  socket.emit('frame', room, payload);
}

/** @param {Go} options */
async function go({ startMs, measureFromMs: from, measureUntilMs: until }) {
  measureFromMs = from;
  measureUntilMs = until;
  const everyMs = 1000 / hz;
  await sleepUntil(startMs);
  loopDelay.enable();
  /** @type {NodeJS.Timeout[]} */
  const timers = [];
  for (const { socket, room } of participants) {
    // Spread over one period, as real drags are, rather than all at the same instant.
    const first = setTimeout(() => timers.push(setInterval(() => sendMove(socket, room), everyMs)), Math.random() * everyMs);
    timers.push(first);
  }
  await sleepUntil(until);
  // clearInterval clears timeouts as well.
  timers.forEach(clearInterval);
  loopDelay.disable();
  // Frames still under way when sending stopped have this long to arrive.
  await sleepUntil(until + 3000);
  process.send?.({
    type: 'report',
    ...counts,
    latencies: [...latencies],
    eventLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
  });
  participants.forEach(({ socket }) => socket.disconnect());
}

/** @param {number} wallMs */
function sleepUntil(wallMs) {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, wallMs - clockMs())));
}
