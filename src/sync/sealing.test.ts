// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRoomId, createRoomKey, importRoomKey, open, seal } from './sealing';

const ROOM = 'AbCdEfGhIjKlMnOpQr_-12';
const message = {
  seq: 7,
  from: 'host-1',
  body: { kind: 'view', intention: 'Eg vil sove betre', label: 'Mother of the sleeper', note: 'The client cried quietly during the orientation phase' },
};

describe('sealing a message', () => {
  it('opens to what was sealed, with the key from the link', async () => {
    const { key, text } = await createRoomKey();
    expect(text).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const same = (await importRoomKey(text))!;
    expect(await open(same, ROOM, await seal(key, ROOM, message))).toEqual({ ok: true, value: message });
  });

  it('holds nothing of the plain text: no label, intention or note, not even compressed', async () => {
    const { key } = await createRoomKey();
    const frame = await seal(key, ROOM, message);
    const asText = new TextDecoder('latin1').decode(frame);
    for (const secret of ['sove', 'Mother', 'cried', 'orientation', 'intention', 'host-1']) expect(asText).not.toContain(secret);
  });

  it('uses a fresh IV every time, so the same message never seals the same', async () => {
    const { key } = await createRoomKey();
    const [a, b] = [await seal(key, ROOM, message), await seal(key, ROOM, message)];
    expect(a.slice(0, 12)).not.toEqual(b.slice(0, 12));
    expect(a).not.toEqual(b);
  });

  it('refuses a frame with any one bit flipped', async () => {
    const { key } = await createRoomKey();
    const frame = await seal(key, ROOM, message);
    for (const at of [0, 5, 12, Math.floor(frame.length / 2), frame.length - 1]) {
      const changed = frame.slice();
      changed[at] = changed[at]! ^ 0b0001_0000;
      expect(await open(key, ROOM, changed)).toEqual({ ok: false, problem: 'tampered' });
    }
  });

  it('refuses a frame sealed with another key, or for another room, and one cut short', async () => {
    const mine = await createRoomKey();
    const other = await createRoomKey();
    const frame = await seal(other.key, ROOM, message);
    expect(await open(mine.key, ROOM, frame)).toEqual({ ok: false, problem: 'tampered' });
    expect(await open(other.key, createRoomId(), frame)).toEqual({ ok: false, problem: 'tampered' });
    expect(await open(other.key, ROOM, frame.slice(0, 20))).toEqual({ ok: false, problem: 'tampered' });
  });

  it('reads only a 128-bit key from a link', async () => {
    expect(await importRoomKey('short')).toBeNull();
    expect(await importRoomKey('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toBeNull();
    expect(await importRoomKey('AAAAAAAAAAAAAAAAAAAAAA')).not.toBeNull();
    expect(createRoomId()).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
