// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { appOrigin, createTestRelays, frame, heard, join, markOf, next, roomA } from './participants.js';

const relays = createTestRelays();
afterEach(() => relays.closeAll());

async function health(url: string) {
  const response = await fetch(`${url}/health`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('origins', () => {
  it('lets the app in from any loopback port by default', async () => {
    const relay = await relays.start();

    await expect(relays.connect(relay.url, 'http://localhost:4173')).resolves.toBeTruthy();
    await expect(relays.connect(relay.url, appOrigin)).resolves.toBeTruthy();
  });

  it.each([
    ['another site', 'https://elsewhere.example'],
    ['a look-alike of loopback', 'http://127.0.0.1.elsewhere.example'],
    ['no origin at all', null],
  ])('refuses %s', async (_case, origin) => {
    const relay = await relays.start();

    await expect(relays.connect(relay.url, origin)).rejects.toThrow();
    expect((await health(relay.url)).body.connections).toBe(0);
  });

  it('lets only the configured origins in when the practice names them', async () => {
    const relay = await relays.start({ origins: ['https://resonans.practice.example'] });

    await expect(relays.connect(relay.url, 'https://resonans.practice.example')).resolves.toBeTruthy();
    await expect(relays.connect(relay.url, appOrigin)).rejects.toThrow();
  });
});

describe('health', () => {
  it('counts rooms and connections, and names the instance', async () => {
    const relay = await relays.start({ instance: 'relay-one' });
    expect(await health(relay.url)).toEqual({ status: 200, body: { status: 'ok', rooms: 0, connections: 0, instance: 'relay-one' } });

    const host = await relays.connect(relay.url);
    await join(host, { room: roomA });
    await relays.connect(relay.url);

    expect(await health(relay.url)).toEqual({ status: 200, body: { status: 'ok', rooms: 1, connections: 2, instance: 'relay-one' } });
  });

  it('answers nothing else over plain HTTP', async () => {
    const relay = await relays.start();

    expect((await fetch(`${relay.url}/rooms`)).status).toBe(404);
    // Websocket only: the long-polling transport, which would need sticky sessions, is not served.
    expect((await fetch(`${relay.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: appOrigin } })).status).toBe(400);
  });
});

describe('room expiry', () => {
  it('closes a room that outlives its time, for everyone in it', async () => {
    let nowMs = 0;
    const ttlMs = 60_000;
    const relay = await relays.start({ roomTtlMs: ttlMs, now: () => nowMs, sweepEveryMs: 60_000 });
    const host = await relays.connect(relay.url);
    const guest = await relays.connect(relay.url);
    await join(host, { room: roomA });
    await join(guest, { room: roomA });
    const guestHeard = heard<Uint8Array>(guest, 'frame');

    nowMs = ttlMs - 1;
    const beforeTime = next(guest, 'frame');
    host.emit('frame', roomA, frame(1));
    await beforeTime;

    nowMs = ttlMs;
    const hostTold = next(host, 'expired');
    const guestTold = next(guest, 'expired');
    host.emit('frame', roomA, frame(2));
    await Promise.all([hostTold, guestTold]);
    guest.emit('frame', roomA, frame(3));
    await join(guest, { room: 'roomCCCCCCCCCCCCCCCCCC' });

    expect(guestHeard.map(markOf)).toEqual([1]);
    expect((await health(relay.url)).body.rooms).toBe(1);
  });

  it('closes a quiet room too, when its time is up', async () => {
    let nowMs = 0;
    const relay = await relays.start({ roomTtlMs: 1000, now: () => nowMs, sweepEveryMs: 10 });
    const host = await relays.connect(relay.url);
    await join(host, { room: roomA });

    const told = next(host, 'expired');
    nowMs = 1000;
    await told;

    expect((await health(relay.url)).body.rooms).toBe(0);
  });
});

describe('graceful shutdown', () => {
  it('tells everyone it is closing, takes nobody new, and stops', async () => {
    const relay = await relays.start({ closeGraceMs: 3000 });
    const host = await relays.connect(relay.url);
    await join(host, { room: roomA });
    const told = next(host, 'closing');

    const closed = relay.close();
    await told;

    expect(await join(host, { room: 'roomCCCCCCCCCCCCCCCCCC' })).toEqual({ ok: false, reason: 'closing' });
    expect((await health(relay.url)).status).toBe(503);
    await expect(relays.connect(relay.url)).rejects.toThrow();

    host.disconnect();
    await closed;
    await expect(fetch(`${relay.url}/health`)).rejects.toThrow();
  });

  it('closes participants who stay once the grace is over', async () => {
    const relay = await relays.start({ closeGraceMs: 50 });
    const host = await relays.connect(relay.url);
    const gone = next(host, 'disconnect');

    await relay.close();

    // A dropped transport, not a disconnect by the server: socket.io's client then reconnects by itself.
    expect(await gone).toBe('transport close');
  });
});
