import type { FigureId } from '../domain/model/ids';
import type { Session } from '../domain/model/session';
import type { RemoteChange, UnstampedEvent } from '../domain/recording/events';
import { guestViewOf } from '../domain/sync/guestView';
import type { GuestBody, HostBody, Proposal } from '../domain/sync/messages';
import { parseGuestEnvelope } from '../domain/sync/messageSchema';
import { judgeProposal } from '../domain/sync/proposals';
import { replayParts } from '../domain/sync/replayParts';
import type { ResonansStore } from '../store/createStore';
import { isFrozen } from '../store/selectors';
import type { ResonansState } from '../store/storeTypes';
import { openChannel } from './channel';
import type { HostRoom, HostRoomStatus, RemoteConnection, RemotePermission, WaitingGuest } from './remoteRoom';
import { HEARTBEAT_MS, type RoomTimers, SILENCE_MS } from './roomTimers';
import { listeners, type RelayTransport } from './transport';

/**
 * The therapist's side of a live room. The store stays the one truth: what the guest may see of
 * it goes out whole after every change and the therapist's drags go out as they happen; what the
 * guest proposes is judged (domain/sync/proposals.ts) and, if allowed, applied through the same
 * store actions as a local gesture, so it is recorded with its time, marked `by: 'guest'`, and
 * can be undone. The recording marks when the guest joined, left, lost the link and came back.
 */
export interface HostRoomOptions {
  readonly store: ResonansStore;
  readonly transport: RelayTransport;
  readonly key: CryptoKey;
  readonly roomId: string;
  readonly inviteLink: string;
  readonly hostName: string;
  readonly hostId: string;
  readonly timers: RoomTimers;
}

/** The host room, with what tests and the screens may also want to read. */
export interface LiveHostRoom extends HostRoom {
  presentReplay(copy: Session): boolean;
  stopReplay(): void;
  /** Resolves once everything sent and received so far is handled. */
  settled(): Promise<void>;
}

/** Well below the relay's 60 frames a second, leaving room for heartbeats and the playhead. */
const REPLAY_PARTS_PER_SECOND = 40;

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
  let refusedFrames = 0;
  /** The figure the guest drags now, while its drag is the store's drag preview. */
  let guestDrag: FigureId | null = null;
  let lastView = '';
  let lastMoving = '';
  let ended = false;

  // Every pose the recorder writes while a guest's proposal is applied is marked as the guest's.
  const ownAppend = store.getState().appendEvents;
  let actingForGuest = false;
  const appendEvents: ResonansState['appendEvents'] = (events) =>
    ownAppend(actingForGuest ? events.map((event): UnstampedEvent => (event.type === 'pose' ? { ...event, by: 'guest' } : event)) : events);
  store.setState({ appendEvents });
  const asGuest = (apply: () => void) => {
    actingForGuest = true;
    try {
      apply();
    } finally {
      actingForGuest = false;
    }
  };
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

  /** The supervision copy being presented, in parts, while a replay is presented instead of the live room. */
  let presented: { readonly id: string; readonly parts: readonly string[] } | null = null;
  let replayCount = 0;
  let lastPlayhead = '';
  /** Stops the parts of a replay still being sent. */
  let stopSending: () => void = () => undefined;
  const stopParts = () => {
    const stop = stopSending;
    stopSending = () => undefined;
    stop();
  };
  const sendReplay = () => {
    stopParts();
    if (!admitted || guestAway || !presented) return;
    const { id, parts } = presented;
    const to = admitted.guestId;
    let next = 0;
    // The relay drops more than 120 frames at once: a long copy goes a batch a second.
    const batch = () => {
      const end = Math.min(parts.length, next + REPLAY_PARTS_PER_SECOND);
      for (; next < end; next += 1) channel.send({ kind: 'replayPart', to, id, index: next, count: parts.length, text: parts[next] ?? '' });
      if (next < parts.length) return;
      stopParts();
      sendPlayhead(true);
    };
    batch();
    if (next < parts.length) stopSending = timers.every(1000, batch);
  };
  const sendPlayhead = (force = false) => {
    const replay = store.getState().replay;
    if (!admitted || guestAway || !presented || !replay) return;
    const text = `${replay.t}:${replay.playing}:${replay.speed}`;
    if (!force && text === lastPlayhead) return;
    lastPlayhead = text;
    channel.send({ kind: 'playhead', to: admitted.guestId, id: presented.id, t: replay.t, playing: replay.playing, speed: replay.speed });
  };
  /** What the guest is shown on coming in or back: the live room, or the presented replay. */
  const sendAll = () => {
    if (presented) return sendReplay();
    sendView(true);
    sendMoving(true);
  };

  const sendView = (force = false) => {
    // The therapist's replay holds the session itself: a guest sees a replay only as a presented supervision copy.
    if (!admitted || guestAway || presented || store.getState().replay) return;
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
    if (!admitted || guestAway || presented) return;
    const drag = store.getState().drag;
    const own = drag && drag.figureId !== guestDrag ? drag : null;
    const text = own ? `${own.figureId}:${own.pose.x}:${own.pose.z}:${own.pose.facing}` : '';
    if (!force && text === lastMoving) return;
    lastMoving = text;
    const pose = own ? { x: own.pose.x, z: own.pose.z, facing: own.pose.facing } : null;
    channel.send({ kind: 'moving', to: admitted.guestId, figureId: own?.figureId ?? null, pose });
  };
  const setGuestMoving = (figureId: FigureId | null) => {
    const movingBy = Object.fromEntries(Object.entries(store.getState().remote.movingBy).filter(([, by]) => by !== 'guest')) as Record<
      FigureId,
      'host' | 'guest'
    >;
    store.getState().setRemote({ movingBy: figureId ? { ...movingBy, [figureId]: 'guest' } : movingBy });
    update();
  };
  /** The guest's drag ends where it stands now: what was moved is kept. */
  const settleGuestDrag = () => {
    if (guestDrag && store.getState().drag?.figureId === guestDrag) asGuest(() => store.getState().endDrag(true));
    guestDrag = null;
    setGuestMoving(null);
  };
  const goneAway = () => {
    if (!present()) return;
    guestAway = true;
    settleGuestDrag();
    record('lost');
    update();
  };

  const stopStore = store.subscribe((state, previous) => {
    if (ended) return;
    if (state.drag !== previous.drag) sendMoving();
    if (state.replay !== previous.replay) sendPlayhead();
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
    const hostDrag = state.drag && state.drag.figureId !== guestDrag ? state.drag.figureId : null;
    // A presented replay only shows: the live room is not the guest's to move meanwhile.
    const verdict =
      isFrozen(state) || presented
        ? ({ ok: false, reason: 'frozen' } as const)
        : judgeProposal({ permission: state.remote.permission, handedOver: state.remote.handedOver, movingByHost: hostDrag }, state.room, proposal);
    if (!verdict.ok) {
      if (admitted) channel.send({ kind: 'refused', to: admitted.guestId, proposal: proposal.type, reason: verdict.reason });
      if (proposal.type === 'drag' || proposal.type === 'drop') settleGuestDrag();
      sendView(true);
      return;
    }
    const { figureId } = proposal;
    const actions = store.getState();
    asGuest(() => {
      switch (proposal.type) {
        case 'drag':
          // The store has one drag preview; while the therapist drags another figure, only the guest's drop is applied.
          if (hostDrag === null) {
            if (guestDrag !== null && guestDrag !== figureId) actions.endDrag(true);
            guestDrag = figureId;
            actions.previewDrag(figureId, proposal.pose);
          }
          break;
        case 'drop':
          if (guestDrag === figureId && store.getState().drag?.figureId === figureId) {
            if (proposal.pose) actions.previewDrag(figureId, proposal.pose);
            actions.endDrag(proposal.pose !== null);
          } else if (proposal.pose) {
            actions.placeFigure(figureId, proposal.pose);
          }
          guestDrag = null;
          break;
        case 'place':
          actions.placeFigure(figureId, proposal.pose);
          break;
        case 'turn':
          actions.turnFigureTo(figureId, proposal.facing);
          break;
        case 'posture':
          actions.setPosture(figureId, proposal.posture);
          break;
      }
    });
    if (proposal.type === 'drag') setGuestMoving(guestDrag);
    if (proposal.type === 'drop') setGuestMoving(null);
  };

  const welcome = (guestId: string, name: string) => {
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
      channel.send({ kind: 'refuse', to: guestId });
      return;
    }
    if (!waiting.some((guest) => guest.guestId === guestId)) waiting = [...waiting, { guestId, name }];
    channel.send({ kind: 'waiting', to: guestId, hostName });
    update();
  };

  channel.onMessage((from, body) => {
    if (ended) return;
    if (from === admitted?.guestId) lastHeard = timers.now();
    switch (body.kind) {
      case 'knock':
        return welcome(from, body.name.trim());
      case 'propose':
        if (from !== admitted?.guestId) {
          channel.send({ kind: 'refused', to: from, proposal: body.proposal.type, reason: 'not-admitted' });
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
          settleGuestDrag();
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
    settleGuestDrag();
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
        settleGuestDrag();
        record('left');
      }
      waiting = waiting.filter((one) => one !== guest);
      admitted = guest;
      guestAway = false;
      lastHeard = timers.now();
      channel.send({ kind: 'admit', to: guestId });
      sendAll();
      record('joined');
      update();
    },
    refuse(guestId) {
      refused.add(guestId);
      waiting = waiting.filter((one) => one.guestId !== guestId);
      channel.send({ kind: 'refuse', to: guestId });
      update();
    },
    setPermission(permission: RemotePermission) {
      if (permission === 'watch') return takeBack();
      store.getState().setRemote({ permission });
    },
    handOver(figureId, handedOver) {
      const others = store.getState().remote.handedOver.filter((id) => id !== figureId);
      store.getState().setRemote({ handedOver: handedOver ? [...others, figureId] : others });
      if (!handedOver && guestDrag === figureId && store.getState().remote.permission === 'handedOver') settleGuestDrag();
    },
    takeBack,
    async end() {
      if (ended) return;
      channel.send({ kind: 'end' });
      if (admitted) {
        settleGuestDrag();
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
      stopParts();
      channel.close();
      await transport.close();
      if (store.getState().appendEvents === appendEvents) store.setState({ appendEvents: ownAppend });
      store.getState().resetRemote();
      connection = 'closed';
      update();
    },
    presentReplay(copy) {
      const parts = replayParts(copy);
      if (!parts || ended) return false;
      settleGuestDrag();
      presented = { id: `replay-${(replayCount += 1)}`, parts };
      sendReplay();
      return true;
    },
    stopReplay() {
      if (!presented) return;
      presented = null;
      stopParts();
      lastPlayhead = '';
      if (admitted && !guestAway) channel.send({ kind: 'replayEnd', to: admitted.guestId });
      sendAll();
    },
    settled: () => channel.settled(),
  };
}
