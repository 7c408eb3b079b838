// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { counterIds, type FigureId } from '../../src/domain/model/ids';
import { epochMillis } from '../../src/domain/model/units';
import { syncTestSession } from '../../src/domain/sync/testRoom';
import { createResonansStore } from '../../src/store/createStore';
import { joinGuestRoom, openHostRoom, type RoomWorld } from '../../src/sync/openRemoteRoom';
import type { GuestRoom, HostRoom } from '../../src/sync/remoteRoom';
import { connectSocketTransport } from '../../src/sync/socketTransport';

/** The live room over the real relay on loopback, through socket.io: the wire the browsers use. */

interface RunningRelay {
  readonly url: string;
  close(): Promise<void>;
}
const { startRelay } = (await import(/* @vite-ignore */ new URL('../../relay/relay.js', import.meta.url).href)) as {
  startRelay: (options: { port: number; statsEveryMs: number; closeGraceMs: number }) => Promise<RunningRelay>;
};

const relays: RunningRelay[] = [];
const rooms: { host?: HostRoom; guest?: GuestRoom } = {};
const world: RoomWorld = {
  connect: (url) => connectSocketTransport(url, { retryAfterMs: 100, headers: { origin: 'http://127.0.0.1:5173' } }),
  timers: { now: () => Date.now(), every: () => () => undefined },
};

afterEach(async () => {
  await rooms.guest?.leave();
  await rooms.host?.end();
  await Promise.all(relays.splice(0).map((relay) => relay.close()));
});

describe('a live room through the real relay', () => {
  it('admits the guest, carries a move each way, and recovers after the relay restarts', async () => {
    let relay = await startRelay({ port: 0, statsEveryMs: 0, closeGraceMs: 50 });
    relays.push(relay);
    const port = Number(new URL(relay.url).port);
    const store = createResonansStore({ ids: counterIds('h'), now: () => epochMillis(Date.now()) });
    const session = syncTestSession();
    store.getState().openSession(session);
    const [client, sleep] = [session.room.order[0] as FigureId, session.room.order[2] as FigureId];
    const host = (rooms.host = await openHostRoom({ store, relayUrl: relay.url, hostName: 'Anna', appUrl: 'http://127.0.0.1:4173/' }, world));
    const guest = (rooms.guest = await joinGuestRoom({ link: host.inviteLink, relayUrl: relay.url, guestName: 'Kari' }, world));
    await vi.waitFor(() => expect(host.status().waiting).toHaveLength(1));
    host.admit(host.status().waiting[0]!.guestId);
    await vi.waitFor(() => expect(guest.store.getState().room.figures[client]).toBeDefined());

    guest.store.getState().nudgeFigure(client, 0.5, 0);
    await vi.waitFor(() => expect(store.getState().room.figures[client]?.pose).toEqual(guest.store.getState().room.figures[client]?.pose));
    store.getState().turnFigureTo(sleep, 90);
    await vi.waitFor(() => expect(guest.store.getState().room.figures[sleep]?.pose.facing).toBe(90));

    await relay.close();
    relays.length = 0;
    await vi.waitFor(() => expect(host.status().guestAway).toBe(true));
    store.getState().turnFigureTo(sleep, 180);
    relay = await startRelay({ port, statsEveryMs: 0, closeGraceMs: 50 });
    relays.push(relay);
    await vi.waitFor(() => expect(host.status()).toMatchObject({ guestAway: false, connection: 'open' }), { timeout: 10_000 });
    await vi.waitFor(() => expect(guest.store.getState().room.figures[sleep]?.pose.facing).toBe(180));
    const changes = store
      .getState()
      .recording!.events.filter((event) => event.type === 'remote')
      .map((event) => (event.type === 'remote' ? event.change : ''));
    expect(changes).toEqual(['joined', 'lost', 'back']);
  });
});
