// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { frameBurst } from '../participant.js';
import { createTestRelays, frame, heard, join, markOf, next, roomA, roomB } from './participants.js';

const relays = createTestRelays();
afterEach(() => relays.closeAll());

async function roomOf(count: number, options: Parameters<typeof relays.start>[0] = {}) {
  const relay = await relays.start(options);
  const sockets = [];
  for (let index = 0; index < count; index += 1) {
    const socket = await relays.connect(relay.url);
    await join(socket, { room: roomA });
    sockets.push(socket);
  }
  return { url: relay.url, sockets };
}

describe('frames', () => {
  it('reach every other participant of the room unchanged, and not the sender', async () => {
    const [host, guest, supervisor] = (await roomOf(3)).sockets;
    const hostHeard = heard<Uint8Array>(host!, 'frame');
    const sent = new Uint8Array(200).map((_, index) => (index * 37) % 256);

    const toGuest = next<Uint8Array>(guest!, 'frame');
    const toSupervisor = next<Uint8Array>(supervisor!, 'frame');
    host!.emit('frame', roomA, sent.buffer);

    expect(new Uint8Array(await toGuest)).toEqual(sent);
    expect(new Uint8Array(await toSupervisor)).toEqual(sent);
    // The host's own frame, had it come back, would be ahead of this one on its connection.
    const toHost = next<Uint8Array>(host!, 'frame');
    guest!.emit('frame', roomA, frame(7));
    expect(markOf(await toHost)).toBe(7);
    expect(hostHeard.map(markOf)).toEqual([7]);
  });

  it('sent just before a leave reach the others, and the leave is answered after them', async () => {
    const [host, guest] = (await roomOf(2)).sockets;
    const guestHeard = heard<Uint8Array>(guest!, 'frame');

    host!.emit('frame', roomA, frame(3));
    const answer = await host!.timeout(2000).emitWithAck('leave', { room: roomA });
    host!.disconnect();

    expect(answer).toEqual({ ok: true });
    await expect.poll(() => guestHeard.map(markOf)).toEqual([3]);
  });

  it('stay in their room', async () => {
    const { url, sockets } = await roomOf(2);
    const [host, guest] = sockets;
    const stranger = await relays.connect(url);
    await join(stranger, { room: roomB });
    const strangerHeard = heard(stranger, 'frame');
    const guestHeard = heard<Uint8Array>(guest!, 'frame');

    // Neither a frame to another room nor one from a socket outside the room gets through.
    stranger.emit('frame', roomA, frame(1));
    host!.emit('frame', roomB, frame(2));
    const last = next(guest!, 'frame');
    host!.emit('frame', roomA, frame(3));
    await last;
    await join(stranger, { room: roomB });

    expect(guestHeard.map(markOf)).toEqual([3]);
    expect(strangerHeard).toEqual([]);
  });

  it('are dropped when larger than the limit or not bytes, and the sender stays connected', async () => {
    const [host, guest] = (await roomOf(2, { maxFrameBytes: 1024 })).sockets;
    const guestHeard = heard<Uint8Array>(guest!, 'frame');

    host!.emit('frame', roomA, frame(1, 1025));
    host!.emit('frame', roomA, 'plain text is never a sealed message');
    host!.emit('frame', roomA, { label: 'an object neither' });
    const last = next(guest!, 'frame');
    host!.emit('frame', roomA, frame(2, 1024));
    await last;

    expect(guestHeard.map((payload) => [markOf(payload), payload.byteLength])).toEqual([[2, 1024]]);
    expect(host!.connected).toBe(true);
  });

  it('far over the limit close the sender before it is buffered whole', async () => {
    const [host, guest] = (await roomOf(2, { maxFrameBytes: 1024 })).sockets;
    const guestHeard = heard(guest!, 'frame');
    const gone = next(host!, 'disconnect');

    host!.emit('frame', roomA, frame(1, 1024 + 128 * 1024));

    expect(await gone).toBe('transport close');
    await join(guest!, { room: roomA });
    expect(guestHeard).toEqual([]);
  });

  it('beyond the rate are dropped, and the sender is told once a second at most', async () => {
    let nowMs = 0;
    const [host, guest] = (await roomOf(2, { now: () => nowMs })).sockets;
    const guestHeard = heard<Uint8Array>(guest!, 'frame');
    const limited = heard(host!, 'limited');

    // The clock stands still: the burst goes through, the rest of the flood does not.
    for (let index = 0; index < frameBurst + 30; index += 1) host!.emit('frame', roomA, frame(1));
    // The relay answers this after it has taken every frame before it.
    await join(host!, { room: roomA });
    nowMs = 1000;
    const last = next(guest!, 'frame');
    host!.emit('frame', roomA, frame(2));
    await last;
    // Its answer comes after any `limited` on the host's own connection.
    await join(host!, { room: roomA });

    expect(guestHeard.filter((payload) => markOf(payload) === 1)).toHaveLength(frameBurst);
    expect(guestHeard.map(markOf).at(-1)).toBe(2);
    expect(limited).toHaveLength(1);
    expect(host!.connected).toBe(true);
  });
});
