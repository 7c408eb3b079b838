// @ts-check
import { createFrameBudget, createThrottle } from './frameBudget.js';
import { isRoomName } from './roomName.js';

/** The therapist, the client, and room for a supervisor or a second device of either. */
export const maxParticipantsPerRoom = 4;
/** A drag sends about 20 frames a second; three times that sustained is ample, twice that at once. */
export const framesPerSecond = 60;
export const frameBurst = 120;

/**
 * @typedef {object} RelayCounters counts and reasons only: what the relay may log
 * @property {number} forwarded
 * @property {number} droppedTooLarge
 * @property {number} droppedRate
 * @property {number} droppedNotMember
 * @property {number} droppedNotBinary
 * @property {number} refusedOrigin
 * @property {number} refusedBadRoom
 * @property {number} refusedFull
 * @property {number} refusedClosing
 * @property {number} expired
 */

/**
 * @typedef {object} RoomHub what a participant's handlers need from the relay around them
 * @property {() => boolean} isClosing
 * @property {(room: string) => Promise<number>} countInRoom sockets in the room on every instance
 * @property {(room: string, task: () => Promise<void>) => void} oneJoinAtATime so two knocks at once on one instance cannot make five
 * @property {(room: string) => void} roomSeen
 * @property {(room: string) => boolean} expireIfDue true when the room was past its time and is now closed
 * @property {(room: string, others: number) => void} announcePresence
 * @property {number} maxFrameBytes
 * @property {() => number} now milliseconds
 * @property {RelayCounters} counters
 */

/** @typedef {{ ok: true; others: number } | { ok: false; reason: 'bad-room' | 'full' | 'closing' }} JoinAnswer */
/** @typedef {Record<string, (...args: unknown[]) => void>} AnyEvents the protocol's payloads are checked by hand, as unknown */
/** @typedef {import('socket.io').Socket<AnyEvents, AnyEvents, AnyEvents, { room: string | null }>} Participant */

/**
 * The wire protocol of one socket: join with an answer, frames forwarded unchanged to the
 * others in its room, leave. A socket is in at most one room; the relay never reads a frame.
 *
 * @param {Participant} socket
 * @param {RoomHub} hub
 */
export function welcomeParticipant(socket, hub) {
  socket.data.room = null;
  const budget = createFrameBudget({ perSecond: framesPerSecond, burst: frameBurst, now: hub.now });
  const limitedNotice = createThrottle({ everyMs: 1000, now: hub.now });
  const { counters } = hub;

  socket.on('join', (/** @type {unknown} */ request, /** @type {unknown} */ ack) => {
    /** @type {(answer: JoinAnswer) => void} */
    const answer = typeof ack === 'function' ? /** @type {(answer: JoinAnswer) => void} */ (ack) : () => {};
    const room = roomOf(request);
    if (hub.isClosing()) {
      counters.refusedClosing += 1;
      answer({ ok: false, reason: 'closing' });
      return;
    }
    if (!isRoomName(room)) {
      counters.refusedBadRoom += 1;
      answer({ ok: false, reason: 'bad-room' });
      return;
    }
    hub.oneJoinAtATime(room, async () => {
      if (socket.disconnected) return;
      const count = await hub.countInRoom(room);
      if (socket.data.room === room) {
        answer({ ok: true, others: count - 1 });
        return;
      }
      if (hub.isClosing()) {
        counters.refusedClosing += 1;
        answer({ ok: false, reason: 'closing' });
        return;
      }
      if (count >= maxParticipantsPerRoom) {
        counters.refusedFull += 1;
        answer({ ok: false, reason: 'full' });
        return;
      }
      await leaveRoom(socket, hub);
      await socket.join(room);
      // One join at a time holds on this instance only: a knock on another instance may have joined
      // between the count and the join. Counted again now that this one is in, whoever finds the room
      // over-full leaves it; two such knocks at once both hear "full", and the room never holds five.
      const counted = await hub.countInRoom(room);
      if (counted > maxParticipantsPerRoom) {
        await socket.leave(room);
        counters.refusedFull += 1;
        answer({ ok: false, reason: 'full' });
        return;
      }
      socket.data.room = room;
      hub.roomSeen(room);
      answer({ ok: true, others: counted - 1 });
      hub.announcePresence(room, counted - 1);
    });
  });

  socket.on('frame', (/** @type {unknown} */ room, /** @type {unknown} */ payload) => {
    if (typeof room !== 'string' || room !== socket.data.room) {
      counters.droppedNotMember += 1;
      return;
    }
    const bytes = byteLength(payload);
    if (bytes === null) {
      counters.droppedNotBinary += 1;
      return;
    }
    if (bytes > hub.maxFrameBytes) {
      counters.droppedTooLarge += 1;
      return;
    }
    if (hub.expireIfDue(room)) return;
    if (!budget.take()) {
      counters.droppedRate += 1;
      if (limitedNotice.due()) socket.emit('limited');
      return;
    }
    socket.to(room).emit('frame', payload);
    counters.forwarded += 1;
  });

  // The answer tells a closing client that every frame it sent before has been forwarded.
  socket.on('leave', async (/** @type {unknown} */ request, /** @type {unknown} */ ack) => {
    if (roomOf(request) === socket.data.room) await leaveRoom(socket, hub);
    if (typeof ack === 'function') ack({ ok: true });
  });

  // socket.io has already taken a closed socket out of its rooms; the others hear one fewer.
  socket.on('disconnect', () => {
    const room = socket.data.room;
    socket.data.room = null;
    if (room !== null) void announceRemaining(room, hub);
  });
}

/**
 * @param {Participant} socket
 * @param {RoomHub} hub
 */
async function leaveRoom(socket, hub) {
  const room = socket.data.room;
  if (room === null) return;
  socket.data.room = null;
  await socket.leave(room);
  await announceRemaining(room, hub);
}

/**
 * @param {string} room
 * @param {RoomHub} hub
 */
async function announceRemaining(room, hub) {
  const count = await hub.countInRoom(room);
  if (count > 0) hub.announcePresence(room, count - 1);
}

/** @param {unknown} request */
function roomOf(request) {
  return typeof request === 'object' && request !== null && 'room' in request ? request.room : undefined;
}

/**
 * Frames are bytes (sealed messages); a browser's ArrayBuffer arrives here as a Buffer.
 * @param {unknown} payload
 */
function byteLength(payload) {
  if (payload instanceof ArrayBuffer) return payload.byteLength;
  if (ArrayBuffer.isView(payload)) return payload.byteLength;
  return null;
}
