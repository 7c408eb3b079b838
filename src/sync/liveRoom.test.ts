// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import type { FigureId } from '../domain/model/ids';
import { undo } from '../store/history';
import { openTwoRooms, type TwoRooms } from './testRooms';

/** Two stores, the therapist's and the client's, through the in-memory relay: no browser. */

let rooms: TwoRooms;
let hostStore: TwoRooms['hostStore'];
let host: TwoRooms['host'];
let guest: TwoRooms['guest'];
let figures: TwoRooms['figures'];

beforeEach(async () => {
  rooms = await openTwoRooms();
  ({ hostStore, host, guest, figures } = rooms);
});

const settle = () => rooms.settle();
const admitted = () => rooms.admitted();
const guestStore = () => rooms.guest.store;
const remoteEvents = () => rooms.remoteEvents();
const poseEvents = (id: FigureId) => rooms.poseEvents(id);
const hostPose = (id: FigureId) => rooms.hostPose(id);
const guestPose = (id: FigureId) => rooms.guestPose(id);

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

  it("records the guest's whole drag while the therapist drags another figure, not only where it was dropped", async () => {
    await admitted();
    const held = hostPose(figures.client);
    hostStore.getState().previewDrag(figures.sleep, { x: -1, z: -1, facing: 0 });
    for (const [x, z] of [
      [0.25, 0.5],
      [0.5, 0.75],
      [0.75, 1],
    ] as const) {
      guestStore().getState().previewDrag(figures.client, { x, z, facing: 0 });
      await settle();
    }
    // The therapist's drag is the store's drag preview still; the guest's moves are in the recording as they came.
    expect(hostStore.getState().drag?.figureId).toBe(figures.sleep);
    guestStore().getState().endDrag(true);
    await settle();
    const path = poseEvents(figures.client).map((event) => [event.pose.x, event.pose.z, event.joined, event.by]);
    expect(path.slice(0, 4)).toEqual([
      [held?.x, held?.z, false, 'guest'],
      [0.25, 0.5, true, 'guest'],
      [0.5, 0.75, true, 'guest'],
      [0.75, 1, true, 'guest'],
    ]);
    expect(hostPose(figures.client)).toMatchObject({ x: 0.75, z: 1 });
    // The therapist's own drag is untouched and ends as theirs.
    hostStore.getState().endDrag(true);
    expect(hostPose(figures.sleep)).toMatchObject({ x: -1, z: -1 });
    expect(poseEvents(figures.sleep).every((event) => event.by === undefined)).toBe(true);
  });

  it("puts a figure back in the recording when the guest's drag beside the therapist's is dropped", async () => {
    await admitted();
    const held = hostPose(figures.client);
    hostStore.getState().previewDrag(figures.sleep, { x: -1, z: -1, facing: 0 });
    guestStore().getState().previewDrag(figures.client, { x: 0.5, z: 0.5, facing: 0 });
    await settle();
    guestStore().getState().endDrag(false);
    await settle();
    expect(hostPose(figures.client)).toEqual(held);
    expect(poseEvents(figures.client).at(-1)?.pose).toEqual(held);
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
});
