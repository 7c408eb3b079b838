import type { FigureId } from '../domain/model/ids';
import type { Session } from '../domain/model/session';
import type { RemoteChange } from '../domain/recording/events';
import { guestViewOf } from '../domain/sync/guestView';
import { type GuestBody, type HostBody, MAX_GUEST_NAME_LENGTH, type Proposal } from '../domain/sync/messages';
import { parseGuestEnvelope } from '../domain/sync/messageSchema';
import { judgeProposal } from '../domain/sync/proposals';
import type { ResonansStore } from '../store/createStore';
import { isFrozen } from '../store/selectors';
import { type AdmissionPair, sealRoomKeyFor } from './admission';
import { openChannel } from './channel';
import { type DoorWord, doorProof, openDoor } from './door';
import { guestHands } from './guestHands';
import type { HostRoom, HostRoomStatus, RemoteConnection, RemotePermission, WaitingGuest } from './remoteRoom';
import { replayPresenting } from './replayPresenting';
import { HEARTBEAT_MS, type RoomTimers, SILENCE_MS } from './roomTimers';
import { listeners, type RelayTransport } from './transport';

/**
 * The therapist's side of a live room. The store stays the one truth: what the guest may see of
 * it goes out whole after every change and the therapist's drags go out as they happen; what the
 * guest proposes is judged (domain/sync/proposals.ts) and, if allowed, applied through the same
 * store actions as a local gesture (guestHands.ts), so it is recorded with its time, marked
 * `by: 'guest'`, and can be undone. The recording marks when the guest joined, left, lost the link
 * and came back. A replay presented to a supervisor goes out as its supervision copy (replayPresenting.ts).
 */
export interface HostRoomOptions {
  readonly store: ResonansStore;
  readonly transport: RelayTransport;
  readonly key: CryptoKey;
  readonly roomId: string;
  readonly inviteLink: string;
  readonly hostName: string;
  readonly hostId: string;
  /** The host's admission pair for the room's life; its public half is in the invite link. */
  readonly admission: AdmissionPair;
  readonly timers: RoomTimers;
}

/** The host room, with what tests and the screens may also want to read. */
export interface LiveHostRoom extends HostRoom {
  presentReplay(copy: Session): boolean;
  stopReplay(): void;
  /** Resolves once everything sent and received so far is handled. */
  settled(): Promise<void>;
}

export async function startHostRoom(options: HostRoomOptions): Promise<LiveHostRoom> {
  const { store, transport, key, roomId, hostName, hostId, timers } = options;
  const channel = openChannel<HostBody, GuestBody>({ transport, key, roomId, selfId: hostId, parse: parseGuestEnvelope });
  const changed = listeners<[]>();
  let connection: RemoteConnection = 'connecting';
  let waiting: WaitingGuest[] = [];
  const refused = new Set<string>();
  let admitted: WaitingGuest | null = null;
  let guestAway = false;
  let lastHeard = timers.now();
  /** Each knocking guest's public half, which the room key is sealed for if they are let in (admission.ts). */
  const admissionKeys = new Map<string, string>();
  /** Names, refusals and ends with the guests still at the door, sealed for each alone. */
  const door = openDoor(options.admission, roomId);
  /** The room runs under a key of its own admission from the first admission on; until then only waiting guests are spoken to. */
  let roomKeyed = false;
  let refusedFrames = 0;
  let lastView = '';
  let lastMoving = '';
  let ended = false;

  const hands = guestHands(store, () => update());
  // Replay never writes to the recording: a supervisor shown a replay is no part of the session.
  const record = (change: RemoteChange) => {
    if (!store.getState().replay) store.getState().appendEvents([{ type: 'remote', change }]);
  };
  store.getState().setRemote({ role: 'host' });

  let status: HostRoomStatus = makeStatus();
  function makeStatus(): HostRoomStatus {
    const { permission, handedOver, movingBy } = store.getState().remote;
    const moving = (Object.keys(movingBy) as FigureId[]).find((id) => movingBy[id] === 'guest') ?? null;
    return { connection, waiting, admitted, guestAway, permission, handedOver, movingByGuest: moving, refusedMessages: refusedFrames };
  }
  const update = () => {
    status = makeStatus();
    changed.emit();
  };
  const present = () => admitted !== null && !guestAway;

  const replays = replayPresenting({ store, timers, send: (body) => channel.send(body), audience: () => (admitted && !guestAway ? admitted.guestId : null) });
  /** What the guest is shown on coming in or back: the live room, or the presented replay. */
  const sendAll = () => {
    if (replays.presenting) return replays.show();
    sendView(true);
    sendMoving(true);
  };

  const sendView = (force = false) => {
    // The therapist's replay holds the session itself: a guest sees a replay only as a presented supervision copy.
    if (!admitted || guestAway || replays.presenting || store.getState().replay) return;
    const state = store.getState();
    if (!state.session) return;
    const view = guestViewOf(
      { session: state.session, room: state.room, progress: state.progress, covert: state.covert, presenting: state.presenting },
      state.remote,
    );
    const text = JSON.stringify(view);
    if (!force && text === lastView) return;
    lastView = text;
    channel.send({ kind: 'view', to: admitted.guestId, view });
  };
  const sendMoving = (force = false) => {
    if (!admitted || guestAway || replays.presenting) return;
    const drag = store.getState().drag;
    const own = drag && drag.figureId !== hands.dragging() ? drag : null;
    const text = own ? `${own.figureId}:${own.pose.x}:${own.pose.z}:${own.pose.facing}` : '';
    if (!force && text === lastMoving) return;
    lastMoving = text;
    const pose = own ? { x: own.pose.x, z: own.pose.z, facing: own.pose.facing } : null;
    channel.send({ kind: 'moving', to: admitted.guestId, figureId: own?.figureId ?? null, pose });
  };
  const goneAway = () => {
    if (!present()) return;
    guestAway = true;
    hands.settle();
    record('lost');
    update();
  };

  const stopStore = store.subscribe((state, previous) => {
    if (ended) return;
    if (state.drag !== previous.drag) sendMoving();
    if (state.replay !== previous.replay) replays.followPlayhead();
    if (
      state.room !== previous.room ||
      state.session !== previous.session ||
      state.progress !== previous.progress ||
      state.covert !== previous.covert ||
      state.presenting !== previous.presenting ||
      state.remote !== previous.remote
    ) {
      sendView();
    }
    if (state.remote !== previous.remote) update();
  });

  const apply = (proposal: Proposal) => {
    const state = store.getState();
    const hostDrag = state.drag && state.drag.figureId !== hands.dragging() ? state.drag.figureId : null;
    // A presented replay only shows: the live room is not the guest's to move meanwhile.
    const verdict =
      isFrozen(state) || replays.presenting
        ? ({ ok: false, reason: 'frozen' } as const)
        : judgeProposal({ permission: state.remote.permission, handedOver: state.remote.handedOver, movingByHost: hostDrag }, state.room, proposal);
    if (!verdict.ok) {
      if (admitted) channel.send({ kind: 'refused', to: admitted.guestId, proposal: proposal.type, reason: verdict.reason });
      if (proposal.type === 'drag' || proposal.type === 'drop') hands.settle();
      sendView(true);
      return;
    }
    hands.apply(proposal, hostDrag);
  };

  const welcome = (guestId: string, name: string, admissionKey: string) => {
    if (admitted?.guestId === guestId) {
      // The same guest after a dropped link: let back in without asking the therapist again.
      const wasAway = guestAway;
      guestAway = false;
      admitted = { guestId, name };
      channel.send({ kind: 'admit', to: guestId });
      sendAll();
      if (wasAway) record('back');
      update();
      return;
    }
    if (refused.has(guestId)) {
      sendProven('refuse', guestId, admissionKey);
      return;
    }
    admissionKeys.set(guestId, admissionKey);
    if (!waiting.some((guest) => guest.guestId === guestId)) waiting = [...waiting, { guestId, name }];
    const sealing = door.seal(admissionKey, hostName);
    channel.send(
      sealing.then((sealedHostName): HostBody | null => (sealedHostName === null ? null : { kind: 'waiting', to: guestId, sealedHostName })),
      'link',
    );
    update();
  };

  /** "Not let in" or "the room has ended" to a guest who has no room key yet, with the proof that only this host could have sent it. */
  const sendProven = (word: DoorWord, guestId: string, admissionKey: string) =>
    channel.send(
      door.seal(admissionKey, doorProof(word, guestId)).then((proof): HostBody | null => (proof === null ? null : { kind: word, to: guestId, proof })),
      'link',
    );

  channel.onMessage((from, body, sealedWith) => {
    if (ended) return;
    // The guest let in speaks under the room key: under the link's key, anyone with the link could speak for them.
    if (from === admitted?.guestId && roomKeyed && sealedWith === 'link') return;
    if (from === admitted?.guestId) lastHeard = timers.now();
    switch (body.kind) {
      case 'knock':
        // The name is sealed for this host: a knock that does not open was not made with this room's link.
        return door.open(body.admissionKey, body.sealedName, (name) => {
          if (name !== null && !ended) welcome(from, name.trim().slice(0, MAX_GUEST_NAME_LENGTH), body.admissionKey);
        });
      case 'propose':
        if (from !== admitted?.guestId) {
          channel.send({ kind: 'refused', to: from, proposal: body.proposal.type, reason: 'not-admitted' }, 'link');
          return;
        }
        if (guestAway) {
          // Moves made while the link was down arrive first: the guest is back.
          guestAway = false;
          record('back');
          update();
        }
        return apply(body.proposal);
      case 'leave':
        if (from === admitted?.guestId) {
          hands.settle();
          admitted = null;
          guestAway = false;
          record('left');
        }
        waiting = waiting.filter((guest) => guest.guestId !== from);
        return update();
      case 'heartbeat':
        return;
    }
  });
  channel.onRefused(() => {
    refusedFrames += 1;
    update();
  });
  let others = 0;
  const stopPresence = transport.onPresence((count) => {
    others = count;
    // Frames that came before the news are opened first: a guest who said goodbye has left, not lost the link.
    if (count === 0) void channel.settled().then(() => others === 0 && !ended && goneAway());
  });
  const stopConnection = transport.onConnection((state) => {
    connection = state;
    if (state !== 'open') goneAway();
    update();
  });
  const stopBeat = timers.every(HEARTBEAT_MS, () => {
    channel.send({ kind: 'heartbeat' });
    if (present() && timers.now() - lastHeard > SILENCE_MS) goneAway();
  });

  await transport.join(roomId);
  connection = 'open';
  update();

  const takeBack = () => {
    store.getState().setRemote({ permission: 'watch' });
    hands.settle();
  };

  return {
    inviteLink: options.inviteLink,
    status: () => status,
    subscribe: (listener) => changed.add(listener),
    admit(guestId) {
      const guest = waiting.find((one) => one.guestId === guestId);
      if (!guest || ended) return;
      if (admitted && admitted.guestId !== guestId) {
        // One guest at a time: the one before (a closed tab, another device) is let go.
        channel.send({ kind: 'refuse', to: admitted.guestId });
        refused.add(admitted.guestId);
        hands.settle();
        record('left');
      }
      waiting = waiting.filter((one) => one !== guest);
      admitted = guest;
      guestAway = false;
      lastHeard = timers.now();
      // A room key for this admission alone: whoever else holds the link (a refused guest, the guest before) cannot read on.
      const sealing = sealRoomKeyFor(admissionKeys.get(guestId) ?? '', roomId, options.admission);
      channel.send(
        sealing.then((given) => (given ? { kind: 'admit', to: guestId, roomKey: given.message } : null)),
        'link',
      );
      channel.useRoomKey(sealing.then((given) => given?.key ?? null));
      roomKeyed = true;
      sendAll();
      record('joined');
      update();
    },
    refuse(guestId) {
      refused.add(guestId);
      waiting = waiting.filter((one) => one.guestId !== guestId);
      sendProven('refuse', guestId, admissionKeys.get(guestId) ?? '');
      update();
    },
    setPermission(permission: RemotePermission) {
      if (permission === 'watch') return takeBack();
      store.getState().setRemote({ permission });
    },
    handOver(figureId, handedOver) {
      const others = store.getState().remote.handedOver.filter((id) => id !== figureId);
      store.getState().setRemote({ handedOver: handedOver ? [...others, figureId] : others });
      if (!handedOver && hands.dragging() === figureId && store.getState().remote.permission === 'handedOver') hands.settle();
    },
    takeBack,
    async end() {
      if (ended) return;
      // Those waiting hold only the link's key, and take the word of this host alone; for the guest
      // in the room only the room key's word counts.
      for (const guest of waiting) sendProven('end', guest.guestId, admissionKeys.get(guest.guestId) ?? '');
      if (roomKeyed) channel.send({ kind: 'end' });
      if (admitted) {
        hands.settle();
        record('left');
      }
      await channel.settled();
      ended = true;
      admitted = null;
      waiting = [];
      stopStore();
      stopPresence();
      stopConnection();
      stopBeat();
      replays.close();
      channel.close();
      await transport.close();
      hands.release();
      store.getState().resetRemote();
      connection = 'closed';
      update();
    },
    presentReplay(copy) {
      if (ended || !replays.present(copy)) return false;
      hands.settle();
      return true;
    },
    stopReplay() {
      if (replays.stop()) sendAll();
    },
    settled: () => channel.settled().then(() => door.settled()),
  };
}
