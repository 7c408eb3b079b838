// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { parseInviteFragment } from '../domain/sync/invite';
import type { MemoryTransport } from './memoryRelay';
import { createAdmissionPair, openWords, sealRoomKeyFor, sealWords } from './admission';
import { importRoomKey, open, seal } from './sealing';
import { openTwoRooms, type TwoRooms } from './testRooms';

/**
 * Someone else who holds the invite link (a guest the therapist refused, or one who saw the link)
 * sits in the relay's room with the link's key: once a guest is let in, the room runs under a key
 * sealed for that guest alone.
 */

let rooms: TwoRooms;
let stranger: MemoryTransport;
let heard: Uint8Array[];
let linkKey: CryptoKey;
let roomId: string;
let hostKey: string;

beforeEach(async () => {
  rooms = await openTwoRooms();
  const invite = parseInviteFragment(rooms.host.inviteLink)!;
  roomId = invite.roomId;
  hostKey = invite.hostKey;
  linkKey = (await importRoomKey(invite.key))!;
  stranger = rooms.relay.connect();
  heard = [];
  stranger.onFrame((frame) => heard.push(frame));
  await stranger.join(roomId);
});

/** Sends a message as the stranger, under the link's key. */
const forge = async (seq: number, body: unknown, from = 'stranger') => stranger.send(await seal(linkKey, roomId, { seq, from, body }));

/** The guest's id, as anyone holding the link learns it from the knock's envelope. */
async function knockingGuest(): Promise<string> {
  const opened = await Promise.all(heard.map((frame) => open(linkKey, roomId, frame)));
  const knock = opened.find((one) => one.ok && (one.value as { body: { kind: string } }).body.kind === 'knock');
  return knock?.ok ? (knock.value as { from: string }).from : '';
}

/** What the stranger can open of what it heard, with the link's key. */
async function readable(): Promise<string[]> {
  const opened = await Promise.all(heard.map((frame) => open(linkKey, roomId, frame)));
  return opened.flatMap((one) => (one.ok ? [JSON.stringify(one.value)] : []));
}

describe('a room key of its own for the guest let in', () => {
  it('leaves someone with only the link unable to read the room, its figures or its moves', async () => {
    await rooms.admitted();
    rooms.hostStore.getState().placeFigure(rooms.figures.sleep, { x: 1, z: -1, facing: 45 });
    rooms.guest.store.getState().nudgeFigure(rooms.figures.client, 0.5, 0);
    await rooms.settle();
    // The guest let in sees the room and moves in it as before.
    expect(rooms.guestPose(rooms.figures.sleep)).toMatchObject({ x: 1, z: -1 });
    expect(rooms.hostPose(rooms.figures.client)).toEqual(rooms.guestPose(rooms.figures.client));
    expect(heard.length).toBeGreaterThan(5);
    const read = await readable();
    // The knock, the answer and the admission go under the link's key; nothing of the room does.
    expect(read.map((text) => JSON.parse(text) as { body: { kind: string } }).map((envelope) => envelope.body.kind)).toEqual(['knock', 'waiting', 'admit']);
    // Quoted, as JSON holds a label or a field: the keys' random text may hold any two letters.
    for (const secret of ['"sleep"', '"Intention"', '"Me"', '"x"']) expect(read.join('\n')).not.toContain(secret);
  });

  it('does not let someone with only the link speak for the guest in the room', async () => {
    await rooms.admitted();
    const guestId = rooms.host.status().admitted!.guestId;
    const held = rooms.hostPose(rooms.figures.client);
    await forge(1000, { kind: 'propose', proposal: { type: 'place', figureId: rooms.figures.client, pose: { x: -1.5, z: 1.5, facing: 0 } } }, guestId);
    await forge(1001, { kind: 'leave' }, guestId);
    await rooms.settle();
    expect(rooms.host.status().admitted?.guestId).toBe(guestId);
    expect(rooms.hostPose(rooms.figures.client)).toEqual(held);
    expect(rooms.remoteEvents()).toEqual(['joined']);
  });

  it('does not let someone with only the link pose as the therapist and let the guest in', async () => {
    // The therapist's browser is slow to hear the knock; the stranger hears it and answers first.
    const hostLink = rooms.links[0]!;
    hostLink.drop();
    await rooms.settle();
    const frames = [...heard];
    const opened = await Promise.all(frames.map((frame) => open(linkKey, roomId, frame)));
    const at = opened.findIndex((one) => one.ok && (one.value as { body: { kind: string } }).body.kind === 'knock');
    const knock = opened[at]?.ok ? (opened[at].value as { from: string; body: { admissionKey: string } }) : null;
    expect(knock).not.toBeNull();
    const own = await createAdmissionPair();
    const given = await sealRoomKeyFor(knock!.body.admissionKey, roomId, own);
    // It answers in the therapist's name, sealed with its own pair: the guest does not take it.
    await forge(1, { kind: 'waiting', to: knock!.from, sealedHostName: await sealWords(own, knock!.body.admissionKey, roomId, 'Anna') });
    await forge(2, { kind: 'admit', to: knock!.from, roomKey: given!.message });
    await forge(3, { kind: 'admit', to: knock!.from });
    await rooms.settle();
    expect(rooms.guest.status()).toMatchObject({ stage: 'waiting', hostName: '' });

    // The therapist hears the knock at last and lets the guest in: the guest is in the therapist's room.
    hostLink.restore();
    rooms.relay.inject(roomId, frames[at]!, stranger);
    await rooms.settle();
    rooms.host.admit(rooms.host.status().waiting[0]!.guestId);
    await rooms.settle();
    expect(rooms.guest.status().stage).toBe('admitted');
    rooms.hostStore.getState().placeFigure(rooms.figures.sleep, { x: 1, z: -1, facing: 45 });
    await rooms.settle();
    expect(rooms.guestPose(rooms.figures.sleep)).toMatchObject({ x: 1, z: -1 });
  });

  it('ends the room for those still waiting as for the guest in it, each told in words only this host could seal', async () => {
    await rooms.admitted();
    // Someone else waits at the door too: it knocks as a guest would, with a pair of its own.
    const own = await createAdmissionPair();
    await forge(1, { kind: 'knock', sealedName: await sealWords(own, hostKey, roomId, 'Per'), admissionKey: own.publicText });
    await rooms.settle();
    expect(rooms.host.status().waiting.map((guest) => guest.name)).toEqual(['Per']);
    await rooms.host.end();
    await rooms.settle();
    expect(rooms.guest.status().stage).toBe('ended');
    const ends = (await readable())
      .map((text) => JSON.parse(text) as { body: { kind: string; to?: string; proof?: string } })
      .filter((one) => one.body.kind === 'end');
    expect(ends.map((one) => one.body.to)).toEqual(['stranger']);
    expect(await openWords(own, hostKey, roomId, ends[0]!.body.proof!)).toBe('end:stranger');
  });

  it('does not let someone with only the link read the name a guest knocks with', async () => {
    await rooms.settle();
    expect(rooms.host.status().waiting.map((guest) => guest.name)).toEqual(['Kari']);
    const read = await readable();
    expect(read.some((text) => text.includes('"knock"'))).toBe(true);
    expect(read.join('\n')).not.toContain('Kari');
  });

  it('does not let someone with only the link turn a waiting guest away, or end the room for them', async () => {
    await rooms.settle();
    const guestId = await knockingGuest();
    expect(guestId).not.toBe('');
    // Without a proof, with the stranger's own, and with one sealed for someone else.
    const own = await createAdmissionPair();
    const ownProof = await sealWords(own, (await createAdmissionPair()).publicText, roomId, `refuse:${guestId}`);
    await forge(1, { kind: 'refuse', to: guestId });
    await forge(2, { kind: 'refuse', to: guestId, proof: ownProof });
    await forge(3, { kind: 'end', to: guestId, proof: ownProof });
    await forge(4, { kind: 'end' });
    await rooms.settle();
    expect(rooms.guest.status().stage).toBe('waiting');

    // The therapist's own "not let in" is heard.
    rooms.host.refuse(rooms.host.status().waiting[0]!.guestId);
    await rooms.settle();
    expect(rooms.guest.status().stage).toBe('refused');
  });
});
