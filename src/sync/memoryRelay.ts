import type { RemoteConnection } from './remoteRoom';
import { listeners, type RelayNotice, RelayRefusal, type RelayTransport } from './transport';

/**
 * A relay in memory for tests: the same semantics as relay/ (a frame goes to every other
 * participant of the room, presence counts the others, at most four in a room, nothing is
 * delivered once closed), with hands on it to drop a participant's link, bring it back, and
 * change or replay frames in flight. Deliveries are asynchronous, as over a network, and keep
 * their order.
 */
export interface MemoryRelay {
  connect(): MemoryTransport;
  /** Every frame forwarded so far, as the relay saw it. */
  readonly seen: readonly Uint8Array[];
  /** Changes or drops (null) frames in flight. */
  intercept: ((frame: Uint8Array) => Uint8Array | null) | null;
  /** Delivers a frame to everyone in the room but the given participant, as a replaying relay would. */
  inject(room: string, frame: Uint8Array, except?: MemoryTransport): void;
  /** Resolves once every delivery queued so far has happened. */
  drain(): Promise<void>;
}

export interface MemoryTransport extends RelayTransport {
  /** The link drops; frames sent meanwhile are lost, as over a real relay. */
  drop(): void;
  /** The link comes back and the room is joined again. */
  restore(): void;
}

const MAX_IN_ROOM = 4;

export function createMemoryRelay(): MemoryRelay {
  const rooms = new Map<string, Set<Participant>>();
  const seen: Uint8Array[] = [];
  let pending: Promise<void> = Promise.resolve();
  /** Later, in order: like a network, a delivery never happens inside the send that caused it. */
  const later = (work: () => void) => {
    pending = pending.then(() => new Promise<void>((resolve) => setTimeout(() => (work(), resolve()), 0)));
  };

  interface Participant {
    room: string | null;
    open: boolean;
    closed: boolean;
    frame: ReturnType<typeof listeners<[Uint8Array]>>;
    presence: ReturnType<typeof listeners<[number]>>;
    connection: ReturnType<typeof listeners<[RemoteConnection]>>;
    notice: ReturnType<typeof listeners<[RelayNotice]>>;
    transport: MemoryTransport;
  }

  const others = (room: string, self: Participant) => [...(rooms.get(room) ?? [])].filter((other) => other !== self);
  const tellPresence = (room: string) => {
    const members = [...(rooms.get(room) ?? [])];
    for (const member of members) member.presence.emit(members.length - 1);
  };
  const enter = (self: Participant, room: string): number => {
    const members = rooms.get(room) ?? new Set<Participant>();
    if (!members.has(self) && members.size >= MAX_IN_ROOM) throw new RelayRefusal('full');
    members.add(self);
    rooms.set(room, members);
    self.room = room;
    later(() => tellPresence(room));
    return members.size - 1;
  };
  const exit = (self: Participant) => {
    const room = self.room;
    if (!room) return;
    rooms.get(room)?.delete(self);
    later(() => tellPresence(room));
  };
  const forward = (self: Participant, frame: Uint8Array) => {
    const room = self.room;
    if (!room) return;
    const passed = relay.intercept ? relay.intercept(frame.slice()) : frame.slice();
    if (!passed) return;
    seen.push(passed);
    const targets = others(room, self);
    later(() => {
      for (const target of targets) if (target.open && !target.closed) target.frame.emit(passed.slice());
    });
  };

  const relay: MemoryRelay = {
    seen,
    intercept: null,
    connect() {
      const self: Participant = {
        room: null,
        open: true,
        closed: false,
        frame: listeners<[Uint8Array]>(),
        presence: listeners<[number]>(),
        connection: listeners<[RemoteConnection]>(),
        notice: listeners<[RelayNotice]>(),
        transport: undefined as unknown as MemoryTransport,
      };
      self.transport = {
        join: async (room) => {
          if (self.closed) throw new RelayRefusal('closing');
          if (!/^[A-Za-z0-9_-]{16,64}$/.test(room)) throw new RelayRefusal('bad-room');
          return enter(self, room);
        },
        send: (frame) => {
          if (!self.closed && self.open && self.room) forward(self, frame);
        },
        onFrame: (listener) => self.frame.add(listener),
        onPresence: (listener) => self.presence.add(listener),
        onConnection: (listener) => self.connection.add(listener),
        onNotice: (listener) => self.notice.add(listener),
        close: async () => {
          if (self.closed) return;
          exit(self);
          self.closed = true;
          self.connection.emit('closed');
          for (const set of [self.frame, self.presence, self.connection, self.notice]) set.clear();
        },
        drop: () => {
          if (self.closed || !self.open) return;
          self.open = false;
          exit(self);
          self.connection.emit('reconnecting');
        },
        restore: () => {
          if (self.closed || self.open) return;
          self.open = true;
          if (self.room) enter(self, self.room);
          self.connection.emit('open');
        },
      };
      return self.transport;
    },
    inject(room, frame, except) {
      const targets = [...(rooms.get(room) ?? [])].filter((member) => member.transport !== except);
      later(() => {
        for (const target of targets) if (target.open && !target.closed) target.frame.emit(frame.slice());
      });
    },
    drain: async () => {
      // Deliveries may queue more deliveries (an answer to a message): wait until none are left.
      for (let last: Promise<void> | null = null; last !== pending;) {
        last = pending;
        await last;
      }
    },
  };
  return relay;
}
