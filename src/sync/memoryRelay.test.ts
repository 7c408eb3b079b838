// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMemoryRelay } from './memoryRelay';
import { RelayRefusal } from './transport';

const ROOM = 'room-aaaaaaaaaaaaaaaa';
const bytes = (...values: number[]) => new Uint8Array(values);

function listen(transport: ReturnType<ReturnType<typeof createMemoryRelay>['connect']>) {
  const frames: number[][] = [];
  const presence: number[] = [];
  const connection: string[] = [];
  transport.onFrame((frame) => frames.push([...frame]));
  transport.onPresence((others) => presence.push(others));
  transport.onConnection((state) => connection.push(state));
  return { frames, presence, connection };
}

describe('the in-memory relay keeps the relay semantics', () => {
  it('forwards a frame to the others in the room, never back to its sender or into another room', async () => {
    const relay = createMemoryRelay();
    const [a, b, c] = [relay.connect(), relay.connect(), relay.connect()];
    const [heardA, heardB, heardC] = [listen(a), listen(b), listen(c)];
    expect(await a.join(ROOM)).toBe(0);
    expect(await b.join(ROOM)).toBe(1);
    await c.join('other-room-bbbbbbbbbb');
    a.send(bytes(1, 2));
    await relay.drain();
    expect(heardA.frames).toEqual([]);
    expect(heardB.frames).toEqual([[1, 2]]);
    expect(heardC.frames).toEqual([]);
  });

  it('counts the others as they come and go, and delivers nothing once closed', async () => {
    const relay = createMemoryRelay();
    const [a, b] = [relay.connect(), relay.connect()];
    const heardA = listen(a);
    const heardB = listen(b);
    await a.join(ROOM);
    await b.join(ROOM);
    await relay.drain();
    b.close();
    a.send(bytes(3));
    await relay.drain();
    expect(heardA.presence.at(-1)).toBe(0);
    expect(heardA.presence).toContain(1);
    expect(heardB.frames).toEqual([]);
    expect(heardB.connection).toEqual(['closed']);
  });

  it('loses what is sent while the link is down, as a real relay would, and carries frames again once it is back', async () => {
    const relay = createMemoryRelay();
    const [a, b] = [relay.connect(), relay.connect()];
    const heardB = listen(b);
    const heardA = listen(a);
    await a.join(ROOM);
    await b.join(ROOM);
    a.drop();
    a.send(bytes(4));
    await relay.drain();
    expect(heardB.presence.at(-1)).toBe(0);
    a.restore();
    a.send(bytes(5));
    await relay.drain();
    expect(heardB.frames).toEqual([[5]]);
    expect(heardB.presence.at(-1)).toBe(1);
    expect(heardA.connection).toEqual(['reconnecting', 'open']);
  });

  it('lets at most four into a room and refuses a room name the relay would refuse', async () => {
    const relay = createMemoryRelay();
    for (let i = 0; i < 4; i += 1) await relay.connect().join(ROOM);
    await expect(relay.connect().join(ROOM)).rejects.toEqual(new RelayRefusal('full'));
    await expect(relay.connect().join('short')).rejects.toEqual(new RelayRefusal('bad-room'));
  });
});
