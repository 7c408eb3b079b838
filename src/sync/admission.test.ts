// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAdmissionPair, openRoomKey, sealRoomKeyFor } from './admission';
import { open, seal } from './sealing';

describe('the room key sealed for the guest let in', () => {
  it('opens for that guest only, and in that room only', async () => {
    const host = await createAdmissionPair();
    const guest = await createAdmissionPair();
    const other = await createAdmissionPair();
    const given = await sealRoomKeyFor(guest.publicText, 'room-1', host);
    // It names the host's public half, which the guest finds in the link.
    expect(given!.message.hostKey).toBe(host.publicText);
    expect(given).not.toBeNull();
    const key = await openRoomKey(guest, given!.message, 'room-1');
    expect(key).not.toBeNull();
    const frame = await seal(given!.key, 'room-1', { said: 'hello' });
    expect(await open(key!, 'room-1', frame)).toEqual({ ok: true, value: { said: 'hello' } });

    // Someone else with the link sees the message go by and cannot open it.
    expect(await openRoomKey(other, given!.message, 'room-1')).toBeNull();
    expect(await openRoomKey(guest, given!.message, 'room-2')).toBeNull();
    expect(given!.message.sealed).not.toContain(guest.publicText);
  });

  it('refuses a public half that is not a key, and a sealed key changed on the way', async () => {
    const host = await createAdmissionPair();
    expect(await sealRoomKeyFor('not-a-key', 'room-1', host)).toBeNull();
    const guest = await createAdmissionPair();
    const given = await sealRoomKeyFor(guest.publicText, 'room-1', host);
    const changed = { ...given!.message, sealed: `${given!.message.sealed.slice(0, -2)}${given!.message.sealed.endsWith('AA') ? 'AB' : 'AA'}` };
    expect(await openRoomKey(guest, changed, 'room-1')).toBeNull();
    expect(await openRoomKey(guest, { ...given!.message, hostKey: 'short' }, 'room-1')).toBeNull();
  });
});
