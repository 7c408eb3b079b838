// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAdmissionPair } from './admission';
import { doorProof, openDoor } from './door';

describe('words at the door', () => {
  it('are heard by the other side in the order they came, and settled waits for all of them', async () => {
    const [host, guest] = await Promise.all([createAdmissionPair(), createAdmissionPair()]);
    const hostDoor = openDoor(host, 'room-1');
    const guestDoor = openDoor(guest, 'room-1');
    const name = await guestDoor.seal(host.publicText, 'Kari');
    const proof = await hostDoor.seal(guest.publicText, doorProof('refuse', 'guest-1'));
    const heard: (string | null)[] = [];
    guestDoor.open(host.publicText, proof!, (words) => heard.push(words));
    guestDoor.open(host.publicText, 'A'.repeat(60), (words) => heard.push(words));
    guestDoor.open(host.publicText, proof!, (words) => heard.push(words));
    const knocks: (string | null)[] = [];
    hostDoor.open(guest.publicText, name!, (words) => knocks.push(words));
    await Promise.all([guestDoor.settled(), hostDoor.settled()]);
    expect(heard).toEqual(['refuse:guest-1', null, 'refuse:guest-1']);
    expect(knocks).toEqual(['Kari']);
  });

  it('opens nothing sealed by someone else holding the link, or for another room', async () => {
    const [host, guest, stranger] = await Promise.all([createAdmissionPair(), createAdmissionPair(), createAdmissionPair()]);
    const forged = await openDoor(stranger, 'room-1').seal(guest.publicText, doorProof('end', 'guest-1'));
    const elsewhere = await openDoor(host, 'room-2').seal(guest.publicText, doorProof('end', 'guest-1'));
    const guestDoor = openDoor(guest, 'room-1');
    const heard: (string | null)[] = [];
    guestDoor.open(host.publicText, forged!, (words) => heard.push(words));
    guestDoor.open(host.publicText, elsewhere!, (words) => heard.push(words));
    await guestDoor.settled();
    expect(heard).toEqual([null, null]);
  });
});
