// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { GuestBody, HostBody } from '../domain/sync/messages';
import { parseGuestEnvelope, parseHostEnvelope } from '../domain/sync/messageSchema';
import { type FrameRefusal, openChannel } from './channel';
import { createMemoryRelay } from './memoryRelay';
import { createRoomId, createRoomKey } from './sealing';

/** A P-256 public key's length in url-safe base64, as a knock carries it. */
const KEY = 'A'.repeat(87);
/** Stands for a name sealed for the host: the channel and the schema see only its shape. */
const sealed = (name: string) => name.padEnd(40, '0');

async function pair() {
  const relay = createMemoryRelay();
  const roomId = createRoomId();
  const { key } = await createRoomKey();
  const [hostLink, guestLink] = [relay.connect(), relay.connect()];
  await hostLink.join(roomId);
  await guestLink.join(roomId);
  const host = openChannel<HostBody, GuestBody>({ transport: hostLink, key, roomId, selfId: 'host', parse: parseGuestEnvelope });
  const guest = openChannel<GuestBody, HostBody>({ transport: guestLink, key, roomId, selfId: 'guest', parse: parseHostEnvelope });
  const heard: GuestBody[] = [];
  const refused: FrameRefusal[] = [];
  host.onMessage((_from, body) => heard.push(body));
  host.onRefused((reason) => refused.push(reason));
  const settle = async () => {
    await guest.settled();
    await relay.drain();
    await host.settled();
  };
  return { relay, roomId, host, guest, guestLink, heard, refused, settle };
}

describe('a sealed channel over the relay', () => {
  it('delivers each message once, in order', async () => {
    const { guest, heard, refused, settle } = await pair();
    for (const name of ['a', 'b', 'c']) guest.send({ kind: 'knock', sealedName: sealed(name), admissionKey: KEY });
    await settle();
    expect(heard).toEqual([
      { kind: 'knock', sealedName: sealed('a'), admissionKey: KEY },
      { kind: 'knock', sealedName: sealed('b'), admissionKey: KEY },
      { kind: 'knock', sealedName: sealed('c'), admissionKey: KEY },
    ]);
    expect(refused).toEqual([]);
  });

  it('refuses a replayed frame, a tampered one, and one with a message the protocol does not name', async () => {
    const { relay, roomId, guest, guestLink, heard, refused, settle } = await pair();
    guest.send({ kind: 'knock', sealedName: sealed('Kari'), admissionKey: KEY });
    await settle();
    const first = relay.seen[0]!;
    relay.inject(roomId, first, guestLink);
    const changed = first.slice();
    changed[20] = changed[20]! ^ 1;
    relay.inject(roomId, changed, guestLink);
    // A guest may not send what only the host sends: it is refused even though it opens.
    (guest as unknown as { send: (body: unknown) => void }).send({ kind: 'end' });
    await settle();
    expect(heard).toEqual([{ kind: 'knock', sealedName: sealed('Kari'), admissionKey: KEY }]);
    expect(refused).toEqual(['replayed', 'tampered', 'malformed']);
  });

  it('refuses a frame delivered after a later one', async () => {
    const { relay, roomId, guest, guestLink, heard, refused, settle } = await pair();
    const held: Uint8Array[] = [];
    relay.intercept = (frame) => (held.push(frame), null);
    guest.send({ kind: 'knock', sealedName: sealed('first'), admissionKey: KEY });
    guest.send({ kind: 'knock', sealedName: sealed('second'), admissionKey: KEY });
    await settle();
    relay.intercept = null;
    relay.inject(roomId, held[1]!, guestLink);
    relay.inject(roomId, held[0]!, guestLink);
    await settle();
    expect(heard).toEqual([{ kind: 'knock', sealedName: sealed('second'), admissionKey: KEY }]);
    expect(refused).toEqual(['replayed']);
  });
});
