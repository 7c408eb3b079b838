import type { FigureId } from '../domain/model/ids';
import { placeFigure } from '../domain/model/figureEdits';
import { posesEqual } from '../domain/model/pose';
import { guestSession, type GuestView } from '../domain/sync/guestView';
import { type GuestBody, type HostBody, isForGuest, MAX_HOST_NAME_LENGTH, type Proposal } from '../domain/sync/messages';
import { parseHostEnvelope } from '../domain/sync/messageSchema';
import { replayCollector } from '../domain/sync/replayParts';
import type { PlaybackSpeed } from '../domain/replay/playback';
import { NEW_PROGRESS } from '../domain/recording/progress';
import type { ResonansStore } from '../store/createStore';
import { createAdmissionPair, openRoomKey } from './admission';
import { type DoorWord, doorProof, openDoor } from './door';
import { openChannel } from './channel';
import type { GuestRoom, GuestRoomStatus, RemoteConnection } from './remoteRoom';
import { HEARTBEAT_MS, type RoomTimers } from './roomTimers';
import { listeners, type RelayTransport } from './transport';

/**
 * The client's side of a live room. Its store lives in memory only and shows what the host
 * sends; a move made here shows at once (so a drag feels immediate) and goes to the host as a
 * proposal; the host's next view is the truth and puts back anything it refused. After a dropped
 * link the guest knocks again with the same id and is let back in without a new link.
 */
export interface GuestRoomOptions {
  /** A fresh store, not yet showing a session: it is filled from the host's views. */
  readonly store: ResonansStore;
  readonly transport: RelayTransport;
  readonly key: CryptoKey;
  readonly roomId: string;
  /** The host's public admission key, from the invite link: only a room key that comes with it is the therapist's. */
  readonly hostKey: string;
  readonly guestId: string;
  readonly guestName: string;
  readonly timers: RoomTimers;
}

export interface LiveGuestRoom extends GuestRoom {
  settled(): Promise<void>;
}

export async function startGuestRoom(options: GuestRoomOptions): Promise<LiveGuestRoom> {
  const { store, transport, key, roomId, guestId, guestName, timers } = options;
  /** This guest's half of the admission: the room key is sealed for it alone (admission.ts). */
  const admission = await createAdmissionPair();
  const channel = openChannel<GuestBody, HostBody>({ transport, key, roomId, selfId: guestId, parse: parseHostEnvelope });
  const changed = listeners<[]>();
  let connection: RemoteConnection = 'connecting';
  let stage: GuestRoomStatus['stage'] = 'waiting';
  let hostName = '';
  let hostId: string | null = null;
  let hostPresent = true;
  let refusedFrames = 0;
  let closed = false;
  /** True while the host's view is written into the store, so that it is not sent back as the guest's move. */
  let applying = false;
  /** The last live view, shown again when a presented replay ends. */
  let lastView: GuestView | null = null;
  /** A supervision copy the therapist presents: its parts as they come, then shown in replay. */
  let replay: { readonly id: string; readonly collector: ReturnType<typeof replayCollector>; shown: boolean } | null = null;
  let pendingPlayhead: { t: number; playing: boolean; speed: number } | null = null;
  /** Once let in under a room key of its own, the host speaks only under it: a frame under the link's key is not the host's. */
  let roomKeyed = false;

  // Undo belongs to the therapist's browser: here every change comes from the host or goes to it.
  store.temporal.getState().pause();
  store.getState().setRemote({ role: 'guest' });

  let status: GuestRoomStatus = makeStatus();
  function makeStatus(): GuestRoomStatus {
    const { permission, handedOver, movingBy } = store.getState().remote;
    const moving = (Object.keys(movingBy) as FigureId[]).find((id) => movingBy[id] === 'host') ?? null;
    const shown: RemoteConnection = connection === 'open' && stage === 'admitted' && !hostPresent ? 'reconnecting' : connection;
    return {
      connection: shown,
      stage,
      hostName,
      permission,
      handedOver,
      movingByHost: moving,
      refusedMessages: refusedFrames,
      replaying: replay?.shown ?? false,
    };
  }
  const update = () => {
    status = makeStatus();
    changed.emit();
  };
  const fromHost = (apply: () => void) => {
    applying = true;
    try {
      apply();
    } finally {
      applying = false;
    }
  };

  const showView = (view: GuestView) =>
    fromHost(() => {
      const state = store.getState();
      const fresh = guestSession(view, `remote-${roomId}`);
      if (!state.session) {
        state.openSession(fresh);
        // Nothing is recorded here: the therapist's browser keeps the only record.
        store.setState({ clock: null });
      }
      store.setState({
        session: fresh.info,
        room: view.room,
        covert: view.covert,
        presenting: view.presenting,
        progress: { ...NEW_PROGRESS, phase: view.phase, notes: view.notes, sharingOrder: view.sharingOrder, finished: view.finished },
      });
      store.getState().setRemote({ permission: view.permission, handedOver: view.handedOver });
      const selected = store.getState().selectedFigureId;
      if (selected && !view.room.figures[selected]) store.setState({ selectedFigureId: null });
      const drag = store.getState().drag;
      if (drag && !view.room.figures[drag.figureId]) store.setState({ drag: null });
    });

  const showPlayhead = (playhead: { t: number; playing: boolean; speed: number }) =>
    fromHost(() => {
      const state = store.getState();
      if (!state.replay) return;
      if (state.replay.speed !== playhead.speed) state.setReplaySpeed(playhead.speed as PlaybackSpeed);
      state.showReplayTime(Math.min(playhead.t, state.replay.index.durationMs), playhead.playing);
    });
  const replayPart = (id: string, index: number, count: number, text: string) => {
    if (replay?.id !== id) replay = { id, collector: replayCollector(count), shown: false };
    const result = replay.collector.add(index, text);
    if (result === 'waiting') return;
    if (result === 'refused') {
      refusedFrames += 1;
      return;
    }
    const copy = result;
    replay.shown = true;
    fromHost(() => {
      // Only the supervision copy, in replay, read-only: nothing of the live session is in it.
      store.getState().openSession(copy, { readOnly: true });
      store.setState({ clock: null });
      store.getState().openReplay(pendingPlayhead?.t ?? 0);
    });
    if (pendingPlayhead) showPlayhead(pendingPlayhead);
  };
  const endReplay = () => {
    replay = null;
    pendingPlayhead = null;
    fromHost(() => {
      store.getState().closeReplay();
      store.getState().closeSession();
    });
    if (lastView) showView(lastView);
  };

  const showMoving = (figureId: FigureId | null, pose: { x: number; z: number; facing: number } | null) =>
    fromHost(() => {
      const state = store.getState();
      if (figureId && pose) {
        store.setState({ room: placeFigure(state.room, figureId, pose) });
        // The therapist took the figure: a drag of it here ends where the therapist has it.
        if (state.drag?.figureId === figureId) store.setState({ drag: null });
      }
      state.setRemote({ movingBy: figureId ? { [figureId]: 'host' } : {} });
    });

  const close = (final: GuestRoomStatus['stage']) => {
    if (closed) return;
    closed = true;
    stage = final;
    stopStore();
    stopBeat();
    channel.close();
    void transport.close();
    // What stays on screen cannot be moved any more.
    fromHost(() => store.setState({ readOnly: true, drag: null }));
    connection = 'closed';
    update();
  };

  /** The name, refusal or end the host seals for this guest while it waits at the door. */
  const door = openDoor(admission, roomId);
  /** Closes on the host's "not let in" or "the room has ended" only when it comes with the proof that the host sealed it for this guest. */
  const closeIfProven = (proof: string | undefined, word: DoorWord, final: 'refused' | 'ended') => {
    if (proof !== undefined) door.open(options.hostKey, proof, (words) => words === doorProof(word, guestId) && close(final));
  };

  const hearHostName = (sealed: string) =>
    door.open(options.hostKey, sealed, (name) => {
      if (name === null || closed) return;
      hostName = name.slice(0, MAX_HOST_NAME_LENGTH);
      update();
    });

  channel.onMessage((from, body, sealedWith) => {
    if (closed || !isForGuest(body, guestId) || (roomKeyed && sealedWith === 'link')) return;
    // Until a room key proves who the host is, anyone holding the link may answer; from then on only the host does.
    if (hostId !== null && from !== hostId) return;
    hostPresent = true;
    switch (body.kind) {
      case 'waiting':
        // Only a name the host sealed for this guest is shown: no one else holding the link answers in the therapist's name.
        hearHostName(body.sealedHostName);
        break;
      case 'admit':
        if (body.roomKey) {
          // Someone else holding the link cannot seal a room key under the host key the link names.
          if (body.roomKey.hostKey !== options.hostKey) return;
          hostId = from;
          roomKeyed = true;
          channel.useRoomKey(openRoomKey(admission, body.roomKey, roomId));
        } else if (!roomKeyed) {
          // Back after a dropped link, the host lets the guest in under the room key; under the link's key it is no one's word.
          return;
        }
        stage = 'admitted';
        break;
      // Under the room key it is the host's word; before it, only with the proof that the host sealed it for this guest.
      case 'refuse':
        if (roomKeyed) return close('refused');
        return closeIfProven(body.proof, 'refuse', 'refused');
      case 'end':
        if (roomKeyed) return close('ended');
        return closeIfProven(body.proof, 'end', 'ended');
      case 'view':
        stage = 'admitted';
        lastView = body.view;
        if (!replay) showView(body.view);
        break;
      case 'replayPart':
        stage = 'admitted';
        replayPart(body.id, body.index, body.count, body.text);
        break;
      case 'playhead':
        if (replay?.id !== body.id) break;
        pendingPlayhead = { t: body.t, playing: body.playing, speed: body.speed };
        if (replay.shown) showPlayhead(pendingPlayhead);
        break;
      case 'replayEnd':
        endReplay();
        break;
      case 'moving':
        showMoving(body.figureId, body.pose);
        break;
      case 'refused':
        // The host's view that follows puts the figure back; a drag here is dropped now.
        if ((body.proposal === 'drag' || body.proposal === 'drop') && store.getState().drag) fromHost(() => store.setState({ drag: null }));
        break;
      case 'heartbeat':
        return;
    }
    update();
  });
  channel.onRefused(() => {
    refusedFrames += 1;
    update();
  });

  /** Figures moved here while the host could not hear: sent again, where they stand, before knocking. */
  const unheard = new Set<FigureId>();
  const reachable = () => connection === 'open' && hostPresent;
  const propose = (proposal: Proposal) => {
    if (reachable()) channel.send({ kind: 'propose', proposal });
    else if (proposal.type !== 'drag') unheard.add(proposal.figureId);
  };
  /** Back in the room: first the moves made meanwhile, then the knock; the host's view that answers holds them. */
  const knockAgain = () => {
    for (const id of unheard) {
      const pose = store.getState().room.figures[id]?.pose;
      if (!pose) continue;
      channel.send({ kind: 'propose', proposal: { type: 'place', figureId: id, pose: { x: pose.x, z: pose.z, facing: pose.facing } } });
      channel.send({ kind: 'propose', proposal: { type: 'posture', figureId: id, posture: pose.posture } });
    }
    unheard.clear();
    knock();
  };
  const stopStore = store.subscribe((state, previous) => {
    if (applying || closed) return;
    let dropped: FigureId | null = null;
    if (state.drag && state.drag !== previous.drag) {
      const { x, z, facing } = state.drag.pose;
      propose({ type: 'drag', figureId: state.drag.figureId, pose: { x, z, facing } });
    }
    if (previous.drag && previous.drag.figureId !== state.drag?.figureId) {
      dropped = previous.drag.figureId;
      const before = previous.room.figures[dropped]?.pose;
      const after = state.room.figures[dropped]?.pose;
      propose({
        type: 'drop',
        figureId: dropped,
        pose: after && before && !posesEqual(before, after) ? { x: after.x, z: after.z, facing: after.facing } : null,
      });
    }
    if (state.room === previous.room) return;
    for (const id of state.room.order) {
      const before = previous.room.figures[id]?.pose;
      const after = state.room.figures[id]?.pose;
      if (id === dropped || !before || !after || posesEqual(before, after)) continue;
      if (before.x === after.x && before.z === after.z && before.facing === after.facing) propose({ type: 'posture', figureId: id, posture: after.posture });
      else if (before.x === after.x && before.z === after.z) propose({ type: 'turn', figureId: id, facing: after.facing });
      else propose({ type: 'place', figureId: id, pose: { x: after.x, z: after.z, facing: after.facing } });
    }
  });

  // The name is sealed for the host whose admission key the link names: no one else holding the link reads who knocks.
  const knock = () =>
    channel.send(
      door
        .seal(options.hostKey, guestName)
        .then((sealedName) => (sealedName === null ? null : { kind: 'knock', sealedName, admissionKey: admission.publicText })),
    );
  transport.onConnection((state) => {
    if (closed) return;
    const back = state === 'open' && connection === 'reconnecting';
    connection = state;
    // Back after a dropped link: knock again, and the host lets the same guest in.
    if (back && stage !== 'refused' && stage !== 'ended' && hostPresent) knockAgain();
    update();
  });
  transport.onPresence((others) => {
    if (closed) return;
    const wasPresent = hostPresent;
    hostPresent = others > 0;
    if (hostPresent && !wasPresent && connection === 'open') knockAgain();
    update();
  });
  transport.onNotice((notice) => {
    if (notice === 'expired') close('ended');
  });
  const stopBeat = timers.every(HEARTBEAT_MS, () => channel.send({ kind: 'heartbeat' }));

  hostPresent = (await transport.join(roomId)) > 0;
  connection = 'open';
  knock();
  update();

  return {
    store,
    status: () => status,
    subscribe: (listener) => changed.add(listener),
    async leave() {
      if (closed) return;
      channel.send({ kind: 'leave' });
      await channel.settled();
      close('ended');
    },
    settled: () => channel.settled().then(() => door.settled()),
  };
}
