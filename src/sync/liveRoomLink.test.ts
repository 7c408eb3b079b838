// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import type { FigureId } from '../domain/model/ids';
import { openTwoRooms, type TwoRooms } from './testRooms';

/** Two stores, the therapist's and the client's, through the in-memory relay: no browser. */

let rooms: TwoRooms;
let hostStore: TwoRooms['hostStore'];
let host: TwoRooms['host'];
let guest: TwoRooms['guest'];
let figures: TwoRooms['figures'];
let relay: TwoRooms['relay'];
let links: TwoRooms['links'];
let ticks: TwoRooms['ticks'];

beforeEach(async () => {
  rooms = await openTwoRooms();
  ({ hostStore, host, guest, figures, relay, links, ticks } = rooms);
});

const settle = () => rooms.settle();
const admitted = () => rooms.admitted();
const guestStore = () => rooms.guest.store;
const remoteEvents = () => rooms.remoteEvents();
const poseEvents = (id: FigureId) => rooms.poseEvents(id);
const hostPose = (id: FigureId) => rooms.hostPose(id);
const guestPose = (id: FigureId) => rooms.guestPose(id);

describe('a live room when a link drops, a frame is changed, or someone leaves', () => {
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
      rooms.clock.ms += 5000;
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
