// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort, hasRedisServer, startThrowawayRedis } from '../dev/throwawayRedis.js';
import { createTestRelays, frame, heard, join, markOf, next, roomA } from './participants.js';

const relays = createTestRelays();
afterEach(() => relays.closeAll());

// These need Debian's redis-server, which .ci/run installs; only a machine without it skips them.
describe.skipIf(!hasRedisServer())('two relay instances sharing rooms through Redis', () => {
  let redis: Awaited<ReturnType<typeof startThrowawayRedis>>;
  beforeAll(async () => {
    redis = await startThrowawayRedis();
  });
  afterAll(() => redis.stop());

  async function twoInstances(options: Parameters<typeof relays.start>[0] = {}) {
    return Promise.all([relays.start({ ...options, redisUrl: redis.url }), relays.start({ ...options, redisUrl: redis.url })]);
  }

  it('carry frames and presence from a participant on one to a participant on the other', async () => {
    const [one, two] = await twoInstances();
    const host = await relays.connect(one.url);
    const guest = await relays.connect(two.url);

    expect(await join(host, { room: roomA })).toEqual({ ok: true, others: 0 });
    const hostHears = next(host, 'presence');
    expect(await join(guest, { room: roomA })).toEqual({ ok: true, others: 1 });
    expect(await hostHears).toEqual({ others: 1 });

    const toGuest = next<Uint8Array>(guest, 'frame');
    host.emit('frame', roomA, frame(1));
    expect(markOf(await toGuest)).toBe(1);
    const toHost = next<Uint8Array>(host, 'frame');
    guest.emit('frame', roomA, frame(2));
    expect(markOf(await toHost)).toBe(2);

    const hostHearsLeaving = next(host, 'presence');
    guest.disconnect();
    expect(await hostHearsLeaving).toEqual({ others: 0 });
  });

  it('count a room across instances when it fills', async () => {
    const [one, two] = await twoInstances();
    for (const url of [one.url, two.url, one.url, two.url]) {
      expect((await join(await relays.connect(url), { room: roomA })).ok).toBe(true);
    }

    expect(await join(await relays.connect(two.url), { room: roomA })).toEqual({ ok: false, reason: 'full' });
  });

  it('never hold five when the fifth and sixth knock at once on two instances', async () => {
    const [one, two] = await twoInstances();
    for (const url of [one.url, two.url, one.url]) {
      expect((await join(await relays.connect(url), { room: roomA })).ok).toBe(true);
    }
    const [fourth, fifth] = await Promise.all([relays.connect(one.url), relays.connect(two.url)]);
    const answers = await Promise.all([join(fourth, { room: roomA }), join(fifth, { room: roomA })]);
    // At most one gets in; in a true tie both hear "full" and may knock again.
    expect(answers.filter((answer) => answer.ok).length).toBeLessThanOrEqual(1);
    const admitted = answers.filter((answer) => answer.ok).length;
    const probe = await relays.connect(two.url);
    expect(await join(probe, { room: roomA })).toEqual(admitted === 1 ? { ok: false, reason: 'full' } : { ok: true, others: 3 });
  });

  it('close an expired room on every instance', async () => {
    let nowMs = 0;
    const [one, two] = await twoInstances({ roomTtlMs: 60_000, now: () => nowMs, sweepEveryMs: 60_000 });
    const host = await relays.connect(one.url);
    const guest = await relays.connect(two.url);
    await join(host, { room: roomA });
    await join(guest, { room: roomA });
    const guestHeard = heard(guest, 'frame');

    nowMs = 60_000;
    const guestTold = next(guest, 'expired');
    host.emit('frame', roomA, frame(1));
    await guestTold;

    expect(guestHeard).toEqual([]);
  });
});

describe.skipIf(!hasRedisServer())('a relay whose Redis goes away', () => {
  it('keeps serving the participants on itself', async () => {
    const redis = await startThrowawayRedis();
    const relay = await relays.start({ redisUrl: redis.url });
    const host = await relays.connect(relay.url);
    const guest = await relays.connect(relay.url);
    await join(host, { room: roomA });
    await join(guest, { room: roomA });
    const guestHeard = heard<Uint8Array>(guest, 'frame');

    await redis.stop();
    for (let index = 0; index < 20; index += 1) host.emit('frame', roomA, frame(1));
    const last = until(guest, 2);
    host.emit('frame', roomA, frame(2));
    await last;

    expect(guestHeard.map(markOf)).toEqual([...Array<number>(20).fill(1), 2]);
    expect((await fetch(`${relay.url}/health`)).status).toBe(200);
  });

  it('joins the other instances again when Redis is back', async () => {
    const port = await freePort();
    let redis = await startThrowawayRedis({ port });
    const [one, two] = await Promise.all([relays.start({ redisUrl: redis.url }), relays.start({ redisUrl: redis.url })]);
    const host = await relays.connect(one.url);
    const guest = await relays.connect(two.url);
    await join(host, { room: roomA });
    await join(guest, { room: roomA });

    await redis.stop();
    redis = await startThrowawayRedis({ port });
    try {
      // The relays reconnect on their own schedule; the host keeps moving until a move gets across.
      const across = until(guest, 3);
      const moving = setInterval(() => host.emit('frame', roomA, frame(3)), 100);
      await across.finally(() => clearInterval(moving));
    } finally {
      await relays.closeAll();
      await redis.stop();
    }
  });
});

/** Resolves when the socket hears a frame with this mark. */
function until(socket: Parameters<typeof heard>[0], mark: number) {
  return new Promise<void>((resolve) => socket.on('frame', (payload: Uint8Array) => markOf(payload) === mark && resolve()));
}
