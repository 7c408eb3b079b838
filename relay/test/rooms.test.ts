// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { createTestRelays, heard, join, next, roomA, roomB } from './participants.js';

const relays = createTestRelays();
afterEach(() => relays.closeAll());

describe('joining a room', () => {
  it('answers how many others are already there', async () => {
    const relay = await relays.start();
    const host = await relays.connect(relay.url);
    const guest = await relays.connect(relay.url);

    expect(await join(host, { room: roomA })).toEqual({ ok: true, others: 0 });
    expect(await join(guest, { room: roomA })).toEqual({ ok: true, others: 1 });
  });

  it('refuses a fifth participant', async () => {
    const relay = await relays.start();
    for (let index = 0; index < 4; index += 1) {
      expect(await join(await relays.connect(relay.url), { room: roomA })).toEqual({ ok: true, others: index });
    }
    const fifth = await relays.connect(relay.url);

    expect(await join(fifth, { room: roomA })).toEqual({ ok: false, reason: 'full' });
    expect(await join(fifth, { room: roomB })).toEqual({ ok: true, others: 0 });
  });

  it('lets four in when they knock at once, and only four', async () => {
    const relay = await relays.start();
    const sockets = await Promise.all(Array.from({ length: 6 }, () => relays.connect(relay.url)));

    const answers = await Promise.all(sockets.map((socket) => join(socket, { room: roomA })));

    expect(answers.filter((answer) => answer.ok)).toHaveLength(4);
    expect(answers.filter((answer) => !answer.ok)).toEqual([
      { ok: false, reason: 'full' },
      { ok: false, reason: 'full' },
    ]);
  });

  it.each([
    ['too short', { room: 'short' }],
    ['too long', { room: 'x'.repeat(65) }],
    ['not url-safe', { room: 'room with spaces in it' }],
    ['not a string', { room: 12345678901234567 }],
    ['no room at all', {}],
    ['not an object', 'roomAAAAAAAAAAAAAAAAAA'],
  ])('refuses a bad room id (%s)', async (_case, request) => {
    const relay = await relays.start();
    const socket = await relays.connect(relay.url);

    expect(await join(socket, request)).toEqual({ ok: false, reason: 'bad-room' });
  });

  it('answers a second knock at the same room without counting the socket twice', async () => {
    const relay = await relays.start();
    const host = await relays.connect(relay.url);
    await join(host, { room: roomA });

    expect(await join(host, { room: roomA })).toEqual({ ok: true, others: 0 });
  });
});

describe('presence', () => {
  it('tells everyone in the room how many others are there when one comes or goes', async () => {
    const relay = await relays.start();
    const host = await relays.connect(relay.url);
    await join(host, { room: roomA });
    const counts = heard<{ others: number }>(host, 'presence');

    const guest = await relays.connect(relay.url);
    const guestHears = next(guest, 'presence');
    let hostHears = next(host, 'presence');
    await join(guest, { room: roomA });
    expect(await guestHears).toEqual({ others: 1 });
    await hostHears;

    hostHears = next(host, 'presence');
    guest.emit('leave', { room: roomA });
    await hostHears;

    const supervisor = await relays.connect(relay.url);
    hostHears = next(host, 'presence');
    await join(supervisor, { room: roomA });
    await hostHears;

    hostHears = next(host, 'presence');
    supervisor.disconnect();
    await hostHears;

    expect(counts).toEqual([{ others: 1 }, { others: 0 }, { others: 1 }, { others: 0 }]);
  });

  it('moves a socket that joins another room out of its first one', async () => {
    const relay = await relays.start();
    const host = await relays.connect(relay.url);
    const guest = await relays.connect(relay.url);
    await join(host, { room: roomA });
    const guestArrives = next(host, 'presence');
    await join(guest, { room: roomA });
    await guestArrives;

    const hostHears = next(host, 'presence');
    expect(await join(guest, { room: roomB })).toEqual({ ok: true, others: 0 });

    expect(await hostHears).toEqual({ others: 0 });
  });

  it('says nothing to other rooms', async () => {
    const relay = await relays.start();
    const elsewhere = await relays.connect(relay.url);
    await join(elsewhere, { room: roomB });
    const counts = heard(elsewhere, 'presence');
    const host = await relays.connect(relay.url);
    const guest = await relays.connect(relay.url);
    await join(host, { room: roomA });

    const hostHears = next(host, 'presence');
    await join(guest, { room: roomA });
    await hostHears;
    // A round trip through the relay after the presence went out: anything for this room would be here by now.
    await join(elsewhere, { room: roomB });

    expect(counts).toEqual([]);
  });
});
