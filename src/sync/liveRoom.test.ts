// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import type { FigureId } from '../domain/model/ids';
import { counterIds } from '../domain/model/ids';
import { degrees, epochMillis, millis } from '../domain/model/units';
import type { RecordedEvent } from '../domain/recording/events';
import { KEEP_NOTHING, supervisionCopy } from '../domain/format/supervisionCopy';
import { syncTestSession } from '../domain/sync/testRoom';
import { createResonansStore, type ResonansStore } from '../store/createStore';
import { undo } from '../store/history';
import type { LiveGuestRoom } from './guestRoom';
import type { LiveHostRoom } from './hostRoom';
import { createMemoryRelay, type MemoryRelay, type MemoryTransport } from './memoryRelay';
import { joinGuestRoom, openHostRoom, type RoomWorld } from './openRemoteRoom';

/** Two stores, the therapist's and the client's, through the in-memory relay: no browser. */

let relay: MemoryRelay;
let links: MemoryTransport[];
let wallClock: number;
/** The rooms' heartbeat ticks, run by hand. */
let ticks: (() => void)[];
let hostStore: ResonansStore;
let host: LiveHostRoom;
let guest: LiveGuestRoom;
let figures: { client: FigureId; intention: FigureId; sleep: FigureId; better: FigureId };

const world = (): RoomWorld => {
  let next = 0;
  return {
    connect: () => {
      const link = relay.connect();
      links.push(link);
      return link;
    },
    timers: {
      now: () => wallClock,
      every: (_ms, tick) => {
        ticks.push(tick);
        return () => ticks.splice(ticks.indexOf(tick), 1);
      },
    },
    newId: () => `id-${(next += 1)}`,
  };
};

/** Lets every message in flight arrive, and every answer to it. */
async function settle() {
  for (let round = 0; round < 6; round += 1) {
    await relay.drain();
    await host.settled();
    await guest.settled();
  }
}

const guestStore = () => guest.store;
const remoteEvents = () =>
  (hostStore.getState().recording?.events ?? []).filter((event) => event.type === 'remote').map((event) => (event.type === 'remote' ? event.change : null));
const poseEvents = (figureId: FigureId) =>
  (hostStore.getState().recording?.events ?? []).filter(
    (event): event is Extract<RecordedEvent, { type: 'pose' }> => event.type === 'pose' && event.figureId === figureId,
  );
const hostPose = (id: FigureId) => hostStore.getState().room.figures[id]?.pose;
const guestPose = (id: FigureId) => guestStore().getState().room.figures[id]?.pose;

async function admitted() {
  await settle();
  const knocking = host.status().waiting[0]!;
  host.admit(knocking.guestId);
  await settle();
}

beforeEach(async () => {
  relay = createMemoryRelay();
  links = [];
  ticks = [];
  wallClock = 1_000_000;
  hostStore = createResonansStore({ ids: counterIds('h'), now: () => epochMillis(wallClock) });
  const session = syncTestSession();
  hostStore.getState().openSession(session);
  const [client, intention, sleep, better] = session.room.order as [FigureId, FigureId, FigureId, FigureId];
  figures = { client, intention, sleep, better };
  host = (await openHostRoom({ store: hostStore, relayUrl: 'memory', hostName: 'Anna', appUrl: 'http://127.0.0.1:4173/' }, world())) as LiveHostRoom;
  guest = (await joinGuestRoom({ link: host.inviteLink, relayUrl: 'memory', guestName: ' Kari ' }, world())) as LiveGuestRoom;
});

describe('a live room between two stores', () => {
  it('lets the guest knock and wait, and the therapist admit them into the same room', async () => {
    await settle();
    expect(host.status().waiting).toEqual([{ guestId: expect.any(String), name: 'Kari' }]);
    expect(guest.status()).toMatchObject({ stage: 'waiting', hostName: 'Anna', connection: 'open' });
    expect(guestStore().getState().session).toBeNull();
    await admitted();
    expect(host.status()).toMatchObject({ waiting: [], admitted: { name: 'Kari' }, guestAway: false });
    expect(guest.status().stage).toBe('admitted');
    for (const id of Object.values(figures)) expect(guestPose(id)).toEqual(hostPose(id));
    expect(guestStore().getState().remote.role).toBe('guest');
    expect(remoteEvents()).toEqual(['joined']);
  });

  it('refuses a guest the therapist does not let in', async () => {
    await settle();
    host.refuse(host.status().waiting[0]!.guestId);
    await settle();
    expect(guest.status().stage).toBe('refused');
    expect(guestStore().getState().session).toBeNull();
  });

  it("shows the therapist's drag on the guest while it happens, marked as the therapist's", async () => {
    await admitted();
    hostStore.getState().previewDrag(figures.sleep, { x: 1.25, z: -0.5, facing: 30 });
    await settle();
    expect(guestPose(figures.sleep)).toMatchObject({ x: 1.25, z: -0.5, facing: 30 });
    expect(guest.status().movingByHost).toBe(figures.sleep);
    hostStore.getState().previewDrag(figures.sleep, { x: 1.5, z: -0.75, facing: 45 });
    hostStore.getState().endDrag(true);
    await settle();
    expect(guestPose(figures.sleep)).toEqual(hostPose(figures.sleep));
    expect(guestPose(figures.sleep)).toMatchObject({ x: 1.5, z: -0.75 });
    expect(guest.status().movingByHost).toBeNull();
  });

  it("records the guest's drag in the therapist's recording as the guest's, as one step that can be undone", async () => {
    await admitted();
    const before = hostPose(figures.client);
    guestStore().getState().previewDrag(figures.client, { x: 0.5, z: 1, facing: 0 });
    // The guest sees its own drag at once, before the host has answered.
    expect(guestStore().getState().drag?.pose).toMatchObject({ x: 0.5, z: 1 });
    await settle();
    expect(hostStore.getState().drag?.pose).toMatchObject({ x: 0.5, z: 1 });
    expect(host.status().movingByGuest).toBe(figures.client);
    guestStore().getState().previewDrag(figures.client, { x: 0.75, z: 1.25, facing: 90 });
    guestStore().getState().endDrag(true);
    await settle();
    expect(hostPose(figures.client)).toMatchObject({ x: 0.75, z: 1.25, facing: 90 });
    expect(host.status().movingByGuest).toBeNull();
    const samples = poseEvents(figures.client);
    expect(samples.length).toBeGreaterThanOrEqual(2);
    expect(samples.every((event) => event.by === 'guest')).toBe(true);
    undo(hostStore);
    await settle();
    expect(hostPose(figures.client)).toEqual(before);
    expect(guestPose(figures.client)).toEqual(before);
  });

  it('applies the keys a guest presses: a step, a turn and a posture', async () => {
    await admitted();
    const start = hostPose(figures.better)!;
    guestStore().getState().nudgeFigure(figures.better, 0.1, 0);
    guestStore().getState().turnFigureBy(figures.better, 45);
    guestStore().getState().setPosture(figures.better, 'sitting');
    await settle();
    expect(hostPose(figures.better)).toMatchObject({ x: Math.round((start.x + 0.1) * 100) / 100, facing: 45, posture: 'sitting' });
    expect(poseEvents(figures.better).every((event) => event.by === 'guest')).toBe(true);
  });

  it('refuses a move outside the permission and puts the figure back on the guest', async () => {
    await admitted();
    host.setPermission('handedOver');
    host.handOver(figures.sleep, true);
    await settle();
    expect(guest.status()).toMatchObject({ permission: 'handedOver', handedOver: [figures.sleep] });
    const held = hostPose(figures.better);
    guestStore().getState().nudgeFigure(figures.better, 0.5, 0);
    guestStore().getState().nudgeFigure(figures.sleep, 0, 0.5);
    await settle();
    expect(hostPose(figures.better)).toEqual(held);
    expect(guestPose(figures.better)).toEqual(held);
    expect(hostPose(figures.sleep)).toEqual(guestPose(figures.sleep));
    expect(poseEvents(figures.better)).toEqual([]);
  });

  it('takes the room back at once and gives it again', async () => {
    await admitted();
    guestStore().getState().previewDrag(figures.client, { x: 1, z: 1, facing: 0 });
    await settle();
    host.takeBack();
    await settle();
    expect(guest.status().permission).toBe('watch');
    expect(host.status().movingByGuest).toBeNull();
    const held = hostPose(figures.client);
    // What the guest had moved before the room was taken back is kept.
    expect(held).toMatchObject({ x: 1, z: 1 });
    guestStore().getState().nudgeFigure(figures.client, 0.5, 0);
    await settle();
    expect(hostPose(figures.client)).toEqual(held);
    host.setPermission('everything');
    guestStore().getState().nudgeFigure(figures.client, 0.5, 0);
    await settle();
    expect(hostPose(figures.client)?.x).toBe(1.5);
  });

  it('recovers from a dropped link by itself: moves from both sides in the gap are kept, the recording marks it', async () => {
    await admitted();
    const guestLink = links[1]!;
    guestLink.drop();
    await settle();
    expect(host.status().guestAway).toBe(true);
    expect(guest.status().connection).toBe('reconnecting');
    hostStore.getState().placeFigure(figures.sleep, { x: -1, z: -1, facing: 180 });
    guestStore().getState().nudgeFigure(figures.better, 0, -0.5);
    const guestMoved = guestPose(figures.better);
    await settle();
    guestLink.restore();
    await settle();
    expect(host.status()).toMatchObject({ guestAway: false, admitted: { name: 'Kari' } });
    expect(guest.status()).toMatchObject({ stage: 'admitted', connection: 'open' });
    expect(guestPose(figures.sleep)).toMatchObject({ x: -1, z: -1, facing: 180 });
    expect(hostPose(figures.better)).toEqual(guestMoved);
    expect(remoteEvents()).toEqual(['joined', 'lost', 'back']);
  });

  it("notices the therapist's link dropping too, and comes back when it does", async () => {
    await admitted();
    links[0]!.drop();
    await settle();
    expect(guest.status().connection).toBe('reconnecting');
    links[0]!.restore();
    await settle();
    expect(guest.status().connection).toBe('open');
    expect(remoteEvents()).toEqual(['joined', 'lost', 'back']);
  });

  it('marks the guest away when it falls silent though the relay still counts it, and back when it speaks again', async () => {
    await admitted();
    // Frames stop on the way, while the relay still counts both in the room.
    relay.intercept = () => null;
    const beat = async () => {
      wallClock += 5000;
      ticks.forEach((tick) => tick());
      await settle();
    };
    for (let i = 0; i < 3; i += 1) await beat();
    expect(host.status().guestAway).toBe(false);
    await beat();
    expect(host.status().guestAway).toBe(true);
    relay.intercept = null;
    guestStore().getState().nudgeFigure(figures.client, 0.5, 0);
    await settle();
    expect(host.status().guestAway).toBe(false);
    expect(remoteEvents()).toEqual(['joined', 'lost', 'back']);
  });

  it('refuses a tampered frame, says so, and changes nothing', async () => {
    await admitted();
    const held = hostPose(figures.client);
    relay.intercept = (frame) => {
      frame[frame.length - 3] = frame[frame.length - 3]! ^ 0xff;
      return frame;
    };
    guestStore().getState().nudgeFigure(figures.client, 0.5, 0);
    await settle();
    relay.intercept = null;
    expect(host.status()).toMatchObject({ refusedMessages: 1 });
    expect(hostPose(figures.client)).toEqual(held);
  });

  it('sends nothing the relay could read: no label, intention, note or name in any frame', async () => {
    hostStore.getState().setNote(0, 'The sister came up again');
    await admitted();
    hostStore.getState().showNoteToGuest(0, true);
    guestStore().getState().nudgeFigure(figures.client, 0.5, 0);
    await settle();
    expect(guestStore().getState().progress.notes[0]).toBe('The sister came up again');
    expect(relay.seen.length).toBeGreaterThan(4);
    const seen = relay.seen.map((frame) => new TextDecoder('latin1').decode(frame)).join('\n');
    for (const secret of ['sister', 'sleep', 'better', 'Intention', 'Kari', 'Anna', figures.client]) expect(seen).not.toContain(secret);
  });

  it('closes the room for the guest at once when the therapist ends it', async () => {
    await admitted();
    await host.end();
    await settle();
    expect(guest.status().stage).toBe('ended');
    expect(guestStore().getState().readOnly).toBe(true);
    expect(remoteEvents()).toEqual(['joined', 'left']);
    expect(hostStore.getState().remote.role).toBeNull();
    // The therapist's own moves are no longer marked as anyone else's.
    hostStore.getState().nudgeFigure(figures.client, 0.1, 0);
    expect(poseEvents(figures.client).at(-1)?.by).toBeUndefined();
  });

  it('hears the guest leave', async () => {
    await admitted();
    await guest.leave();
    await settle();
    expect(host.status().admitted).toBeNull();
    expect(remoteEvents()).toEqual(['joined', 'left']);
  });
});

describe('supervision at a distance', () => {
  it('shows the guest only the supervision copy, at the therapist’s playhead, and then the live room again', async () => {
    hostStore.getState().renameFigure(figures.sleep, 'Father');
    hostStore.getState().setNote(0, 'The sister came up again');
    wallClock += 4000;
    hostStore.getState().placeFigure(figures.client, { x: 1, z: 1, facing: 90 });
    const { session, room, recording } = hostStore.getState();
    const copy = supervisionCopy(
      { info: session!, room, recording: recording! },
      {
        keep: KEEP_NOTHING,
        dating: 'session-number',
        names: { pseudonym: 'Client A', maskedIntention: '…', role: (kind, n) => `${kind} ${n}` },
        ids: counterIds('s'),
      },
    );
    expect(host.presentReplay(copy)).toBe(true);
    await admitted();
    const shown = guestStore().getState();
    expect(guest.status().replaying).toBe(true);
    expect(shown.replay).not.toBeNull();
    expect(shown.readOnly).toBe(true);
    const everything = JSON.stringify({ session: shown.session, room: shown.room, recording: shown.recording, replay: shown.replay?.state });
    for (const secret of ['Father', 'sister', 'Birk', 'sleep better']) expect(everything).not.toContain(secret);

    hostStore.getState().openReplay(0);
    hostStore.getState().showReplayTime(3000, true);
    hostStore.getState().setReplaySpeed(2);
    await settle();
    expect(guestStore().getState().replay).toMatchObject({ t: 3000, playing: true, speed: 2 });

    hostStore.getState().closeReplay();
    host.stopReplay();
    await settle();
    expect(guest.status().replaying).toBe(false);
    expect(guestStore().getState().replay).toBeNull();
    expect(guestPose(figures.client)).toEqual(hostPose(figures.client));
    expect(guestStore().getState().readOnly).toBe(false);
  });

  it('sends a long copy a batch a second, so the relay never drops its parts', async () => {
    const session = syncTestSession();
    const id = session.room.order[0]!;
    const pose = session.room.figures[id]!.pose;
    const events = Array.from({ length: 50_000 }, (_, i) => ({
      type: 'pose' as const,
      t: millis(i * 50),
      figureId: id,
      pose: { ...pose, facing: degrees(i % 360) },
      joined: i > 0,
    }));
    const copy = { ...session, recording: { ...session.recording, events } };
    host.presentReplay(copy);
    await admitted();
    const sent = relay.seen.length;
    expect(guest.status().replaying).toBe(false);
    expect(sent).toBeLessThan(60);
    let seconds = 0;
    for (let before = relay.seen.length; !guest.status().replaying && seconds < 20; seconds += 1, before = relay.seen.length) {
      ticks.forEach((tick) => tick());
      await settle();
      expect(relay.seen.length - before).toBeLessThanOrEqual(60);
    }
    expect(seconds).toBeGreaterThan(0);
    expect(guestStore().getState().recording?.events).toHaveLength(50_000);
  });
});
