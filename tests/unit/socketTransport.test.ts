// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RemoteConnection } from '../../src/sync/remoteRoom';
import { connectSocketTransport } from '../../src/sync/socketTransport';
import { RelayRefusal, type RelayTransport } from '../../src/sync/transport';

/** The socket.io transport against the real relay on loopback: what the in-memory relay stands in for. */

interface RunningRelay {
  readonly url: string;
  close(): Promise<void>;
}
/** relay/ is plain JavaScript checked by its own tsconfig; the app's never imports it, so it is loaded by address here. */
const { startRelay } = (await import(/* @vite-ignore */ new URL('../../relay/relay.js', import.meta.url).href)) as {
  startRelay: (options: { port: number; statsEveryMs: number; closeGraceMs: number }) => Promise<RunningRelay>;
};

const ROOM = 'socket-transport-room-1';
const headers = { origin: 'http://127.0.0.1:5173' };
const opened: { relays: RunningRelay[]; transports: RelayTransport[] } = { relays: [], transports: [] };

async function relayAt(port = 0) {
  const relay = await startRelay({ port, statsEveryMs: 0, closeGraceMs: 50 });
  opened.relays.push(relay);
  return relay;
}

function participant(url: string) {
  const transport = connectSocketTransport(url, { retryAfterMs: 100, headers });
  opened.transports.push(transport);
  const frames: number[][] = [];
  const presence: number[] = [];
  const states: RemoteConnection[] = [];
  transport.onFrame((frame) => frames.push([...frame]));
  transport.onPresence((others) => presence.push(others));
  transport.onConnection((state) => states.push(state));
  return { transport, frames, presence, states };
}

afterEach(async () => {
  opened.transports.splice(0).forEach((transport) => transport.close());
  await Promise.all(opened.relays.splice(0).map((relay) => relay.close()));
});

describe('the socket.io transport through the real relay', () => {
  it('joins, forwards frames to the other only, and counts presence', async () => {
    const relay = await relayAt();
    const a = participant(relay.url);
    const b = participant(relay.url);
    expect(await a.transport.join(ROOM)).toBe(0);
    expect(await b.transport.join(ROOM)).toBe(1);
    a.transport.send(new Uint8Array([1, 2, 3]));
    await vi.waitFor(() => expect(b.frames).toEqual([[1, 2, 3]]));
    expect(a.frames).toEqual([]);
    await vi.waitFor(() => expect(a.presence.at(-1)).toBe(1));
  });

  it('comes back by itself after the relay restarts and joins the room again', async () => {
    const relay = await relayAt();
    const port = Number(new URL(relay.url).port);
    const a = participant(relay.url);
    const b = participant(relay.url);
    await a.transport.join(ROOM);
    await b.transport.join(ROOM);
    await relay.close();
    opened.relays.splice(opened.relays.indexOf(relay), 1);
    await vi.waitFor(() => expect(a.states).toContain('reconnecting'));
    await relayAt(port);
    await vi.waitFor(() => expect([a.states.at(-1), b.states.at(-1)]).toEqual(['open', 'open']), { timeout: 15_000 });
    a.transport.send(new Uint8Array([9]));
    await vi.waitFor(() => expect(b.frames).toEqual([[9]]));
  });

  it('says clearly when no relay answers', async () => {
    const relay = await relayAt();
    const url = relay.url;
    await relay.close();
    opened.relays.length = 0;
    await expect(participant(url).transport.join(ROOM)).rejects.toEqual(new RelayRefusal('unreachable'));
  });
});
