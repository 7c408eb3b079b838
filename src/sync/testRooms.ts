import type { FigureId } from '../domain/model/ids';
import { counterIds } from '../domain/model/ids';
import type { Pose } from '../domain/model/pose';
import type { RecordedEvent, RemoteChange } from '../domain/recording/events';
import { epochMillis } from '../domain/model/units';
import { syncTestSession } from '../domain/sync/testRoom';
import { createResonansStore, type ResonansStore } from '../store/createStore';
import type { LiveGuestRoom } from './guestRoom';
import type { LiveHostRoom } from './hostRoom';
import { createMemoryRelay, type MemoryRelay, type MemoryTransport } from './memoryRelay';
import { joinGuestRoom, openHostRoom, type RoomWorld } from './openRemoteRoom';

/** Two stores, the therapist's and the client's, through the in-memory relay: no browser. */
export interface TwoRooms {
  readonly relay: MemoryRelay;
  readonly links: MemoryTransport[];
  /** The wall clock both rooms and the therapist's recorder read, in milliseconds; tests move it. */
  readonly clock: { ms: number };
  /** The rooms' heartbeat ticks, run by hand. */
  readonly ticks: (() => void)[];
  readonly hostStore: ResonansStore;
  readonly host: LiveHostRoom;
  readonly guest: LiveGuestRoom;
  readonly figures: { client: FigureId; intention: FigureId; sleep: FigureId; better: FigureId };
  /** Lets every message in flight arrive, and every answer to it. */
  settle(): Promise<void>;
  /** The guest knocks and the therapist lets them in. */
  admitted(): Promise<void>;
  /** What the therapist's recording says of the guest's comings and goings, in order. */
  remoteEvents(): (RemoteChange | null)[];
  /** The therapist's recorded poses of one figure. */
  poseEvents(figureId: FigureId): Extract<RecordedEvent, { type: 'pose' }>[];
  hostPose(figureId: FigureId): Pose | undefined;
  guestPose(figureId: FigureId): Pose | undefined;
}

export async function openTwoRooms(): Promise<TwoRooms> {
  const relay = createMemoryRelay();
  const links: MemoryTransport[] = [];
  const ticks: (() => void)[] = [];
  const clock = { ms: 1_000_000 };
  const world = (): RoomWorld => {
    let next = 0;
    return {
      connect: () => {
        const link = relay.connect();
        links.push(link);
        return link;
      },
      timers: {
        now: () => clock.ms,
        every: (_ms, tick) => {
          ticks.push(tick);
          return () => ticks.splice(ticks.indexOf(tick), 1);
        },
      },
      newId: () => `id-${(next += 1)}`,
    };
  };
  const hostStore = createResonansStore({ ids: counterIds('h'), now: () => epochMillis(clock.ms) });
  const session = syncTestSession();
  hostStore.getState().openSession(session);
  const [client, intention, sleep, better] = session.room.order as [FigureId, FigureId, FigureId, FigureId];
  const host = (await openHostRoom({ store: hostStore, relayUrl: 'memory', hostName: 'Anna', appUrl: 'http://127.0.0.1:4173/' }, world())) as LiveHostRoom;
  const guest = (await joinGuestRoom({ link: host.inviteLink, relayUrl: 'memory', guestName: ' Kari ' }, world())) as LiveGuestRoom;
  const settle = async () => {
    for (let round = 0; round < 6; round += 1) {
      await relay.drain();
      await host.settled();
      await guest.settled();
    }
  };
  return {
    relay,
    links,
    clock,
    ticks,
    hostStore,
    host,
    guest,
    figures: { client, intention, sleep, better },
    settle,
    async admitted() {
      await settle();
      const knocking = host.status().waiting[0];
      if (!knocking) throw new Error('No guest knocked');
      host.admit(knocking.guestId);
      await settle();
    },
    remoteEvents: () =>
      (hostStore.getState().recording?.events ?? []).filter((event) => event.type === 'remote').map((event) => (event.type === 'remote' ? event.change : null)),
    poseEvents: (figureId) =>
      (hostStore.getState().recording?.events ?? []).filter(
        (event): event is Extract<RecordedEvent, { type: 'pose' }> => event.type === 'pose' && event.figureId === figureId,
      ),
    hostPose: (id) => hostStore.getState().room.figures[id]?.pose,
    guestPose: (id) => guest.store.getState().room.figures[id]?.pose,
  };
}
