import type { FigureId } from '../../domain/model/ids';
import type { Session } from '../../domain/model/session';
import { counterIds } from '../../domain/model/ids';
import { epochMillis } from '../../domain/model/units';
import { syncTestSession } from '../../domain/sync/testRoom';
import { createResonansStore, type ResonansStore } from '../../store/createStore';
import type { GuestRoom, GuestRoomStatus, HostRoom, HostRoomStatus, WaitingGuest } from '../../sync/remoteRoom';

/** Tells every listener after each change, as the real rooms do. */
function listeners() {
  const all = new Set<() => void>();
  return {
    subscribe: (listener: () => void) => {
      all.add(listener);
      return () => void all.delete(listener);
    },
    tell: () => all.forEach((listener) => listener()),
  };
}

export interface FakeHostRoom extends HostRoom {
  /** A guest opens the link and knocks. */
  knock(guest: WaitingGuest): void;
  /** The relay or the guest's link changes. */
  change(partial: Partial<HostRoomStatus>): void;
  readonly endCount: number;
  /** The supervision copy presented now, or null. */
  readonly presented: Session | null;
}

/**
 * A host room for component tests, without a relay but with the contract's rules: one guest in
 * at a time, a refused guest leaves the queue, taking back leaves the client watching, an ended
 * room is closed and forgets its guests, and a replay longer than a room sends (`maxEvents`) or
 * one offered to an ended room is not presented.
 */
export function fakeHostRoom(
  inviteLink = 'http://127.0.0.1:4173/#/join/AAAAAAAAAAAAAAAAAAAAAA/BBBBBBBBBBBBBBBBBBBBBB',
  maxEvents = Number.POSITIVE_INFINITY,
): FakeHostRoom {
  const { subscribe, tell } = listeners();
  let status: HostRoomStatus = {
    connection: 'open',
    waiting: [],
    admitted: null,
    guestAway: false,
    permission: 'everything',
    handedOver: [],
    movingByGuest: null,
  };
  let endCount = 0;
  let presented: Session | null = null;
  const set = (partial: Partial<HostRoomStatus>) => {
    status = { ...status, ...partial };
    tell();
  };
  return {
    inviteLink,
    status: () => status,
    subscribe,
    knock: (guest) => set({ waiting: [...status.waiting, guest] }),
    change: set,
    admit: (guestId) => {
      const guest = status.waiting.find((waiting) => waiting.guestId === guestId);
      if (guest) set({ admitted: guest, waiting: status.waiting.filter((waiting) => waiting !== guest) });
    },
    refuse: (guestId) => set({ waiting: status.waiting.filter((waiting) => waiting.guestId !== guestId) }),
    setPermission: (permission) => set({ permission }),
    handOver: (figureId: FigureId, handedOver: boolean) =>
      set({ handedOver: handedOver ? [...status.handedOver.filter((id) => id !== figureId), figureId] : status.handedOver.filter((id) => id !== figureId) }),
    takeBack: () => set({ permission: 'watch', movingByGuest: null }),
    end: async () => {
      endCount += 1;
      presented = null;
      set({ connection: 'closed', waiting: [], admitted: null, movingByGuest: null });
    },
    presentReplay: (copy) => {
      if (status.connection === 'closed' || copy.recording.events.length > maxEvents) return false;
      presented = copy;
      tell();
      return true;
    },
    stopReplay: () => {
      presented = null;
      tell();
    },
    get endCount() {
      return endCount;
    },
    get presented() {
      return presented;
    },
  };
}

export interface FakeGuestRoom extends GuestRoom {
  change(partial: Partial<GuestRoomStatus>): void;
  readonly leaveCount: number;
}

/** A guest room for component tests: its store stands for the room the host sends. */
export function fakeGuestRoom(store: ResonansStore, hostName = 'Anna'): FakeGuestRoom {
  const { subscribe, tell } = listeners();
  let status: GuestRoomStatus = { connection: 'open', stage: 'waiting', hostName, permission: 'everything', handedOver: [], movingByHost: null };
  let leaveCount = 0;
  return {
    store,
    status: () => status,
    subscribe,
    change: (partial) => {
      status = { ...status, ...partial };
      tell();
    },
    leave: async () => {
      leaveCount += 1;
      status = { ...status, connection: 'closed' };
      tell();
    },
    get leaveCount() {
      return leaveCount;
    },
  };
}

/**
 * A guest's store as a presented replay leaves it: a session of 70 seconds (a move at 4 s, the
 * third phase from 65 s) open in replay, read-only, at the start.
 */
export function replayedGuestStore(): ResonansStore {
  let ms = 1_700_000_000_000;
  const store = createResonansStore({ ids: counterIds('r'), now: () => epochMillis(ms) });
  const session = syncTestSession();
  store.getState().openSession(session);
  const [client, intention] = session.room.order;
  ms += 4000;
  if (client) store.getState().placeFigure(client, { x: 1, z: 1, facing: 90 });
  ms += 61_000;
  store.getState().goToPhase(2);
  ms += 5000;
  if (intention) store.getState().placeFigure(intention, { x: -1, z: 0.5, facing: 180 });
  store.getState().openReplay(0);
  store.setState({ readOnly: true, clock: null });
  return store;
}
