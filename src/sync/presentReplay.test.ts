// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { supervisionReplayCopy } from '../app/remote/supervisionReplayCopy';
import { KEEP_NOTHING, supervisionCopy } from '../domain/format/supervisionCopy';
import { counterIds, type FigureId } from '../domain/model/ids';
import type { Session } from '../domain/model/session';
import { degrees, millis } from '../domain/model/units';
import { syncTestSession } from '../domain/sync/testRoom';
import { createI18n } from '../i18n/i18n';
import { openTwoRooms, type TwoRooms } from './testRooms';

/** Supervision at a distance between two stores: the therapist replays, the supervisor is shown a supervision copy. */

let rooms: TwoRooms;
let hostStore: TwoRooms['hostStore'];
let host: TwoRooms['host'];
let guest: TwoRooms['guest'];
let figures: TwoRooms['figures'];
let relay: TwoRooms['relay'];
let ticks: TwoRooms['ticks'];

beforeEach(async () => {
  rooms = await openTwoRooms();
  ({ hostStore, host, guest, figures, relay, ticks } = rooms);
});

const settle = () => rooms.settle();
const admitted = () => rooms.admitted();
const guestStore = () => rooms.guest.store;
const hostPose = (id: FigureId) => rooms.hostPose(id);
const guestPose = (id: FigureId) => rooms.guestPose(id);

const SECRETS = ['Father', 'sister', 'Birk', 'sleep better', 'too close'];

/** The therapist's session with a renamed figure, a note and a statement, a few minutes long, open in replay. */
async function replayedSession(): Promise<Session> {
  const { clock } = rooms;
  const actions = hostStore.getState();
  actions.renameFigure(figures.sleep, 'Father');
  actions.setNote(0, 'The sister came up again');
  clock.ms += 4000;
  actions.placeFigure(figures.client, { x: 1, z: 1, facing: 90 });
  clock.ms += 60_000;
  actions.goToPhase(2);
  actions.setStatement(figures.sleep, 'It was too close');
  clock.ms += 5000;
  actions.placeFigure(figures.intention, { x: -1, z: 0.5, facing: 180 });
  hostStore.getState().openReplay(0);
  const copy = await supervisionReplayCopy(hostStore.getState(), createI18n().t, counterIds('s'), { list: () => Promise.resolve([]) });
  if (!copy) throw new Error('No session to copy');
  return copy;
}

const shownText = () => {
  const state = rooms.guest.store.getState();
  return JSON.stringify({ session: state.session, room: state.room, recording: state.recording, progress: state.progress, replay: state.replay?.state });
};

describe('presenting a replay to a supervisor', () => {
  it('shows the supervisor only what a supervision copy holds: neutral names, no note, statement, intention or pseudonym', async () => {
    expect(host.presentReplay(await replayedSession())).toBe(true);
    await admitted();
    expect(guest.status()).toMatchObject({ stage: 'admitted', replaying: true });
    const shown = guest.store.getState();
    expect(shown.readOnly).toBe(true);
    const text = shownText();
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(shown.session?.clientPseudonym).toBe('Supervision client, session 1');
    const labels = shown.room.order.map((id) => shown.room.figures[id]?.label ?? '');
    expect(labels.sort()).toEqual(['Element 1', 'Element 2', 'Element 3', 'Intention', 'Me']);
    // Nothing the therapist's browser holds crossed in plain text either.
    const frames = rooms.relay.seen.map((frame) => new TextDecoder().decode(frame)).join('\n');
    for (const secret of [...SECRETS, 'Element 1']) expect(frames).not.toContain(secret);
    // The supervisor is no part of the session: the replayed recording is not written to.
    expect(hostStore.getState().recording?.events.some((event) => event.type === 'remote')).toBe(false);
  });

  it('follows the therapist’s play, pause, speed and seek', async () => {
    host.presentReplay(await replayedSession());
    await admitted();
    const replay = () => guest.store.getState().replay;
    expect(replay()).toMatchObject({ t: 0, playing: false });
    expect(replay()?.index.durationMs).toBe(hostStore.getState().replay?.index.durationMs);

    hostStore.getState().showReplayTime(3000, true);
    hostStore.getState().setReplaySpeed(2);
    await settle();
    expect(replay()).toMatchObject({ t: 3000, playing: true, speed: 2 });
    expect(replay()?.state.phase).toBe(0);

    // A seek into the third phase, paused: the supervisor sees that phase and where the figures stood then.
    hostStore.getState().showReplayTime(66_000, false);
    await settle();
    expect(replay()).toMatchObject({ t: 66_000, playing: false });
    expect(replay()?.state.phase).toBe(2);
    const there = hostStore.getState().replay!.state.room;
    const shown = replay()!.state.room;
    expect(shown.order.map((id) => shown.figures[id]?.pose)).toEqual(there.order.map((id) => there.figures[id]?.pose));
  });

  it('tells the supervisor when the presentation ends, and never shows them the session itself', async () => {
    host.presentReplay(await replayedSession());
    await admitted();
    // Stopped while the therapist still replays: the supervisor is given no live view of the session.
    host.stopReplay();
    await settle();
    expect(guest.status().replaying).toBe(false);
    expect(guest.store.getState().session).toBeNull();
    expect(guest.store.getState().room.order).toEqual([]);

    host.presentReplay(await replayedSession());
    await settle();
    expect(guest.status().replaying).toBe(true);
    await host.end();
    await settle();
    expect(guest.status()).toMatchObject({ stage: 'ended', replaying: true });
  });
});

describe('presenting a replay, as the room does it', () => {
  it('shows the guest only the supervision copy, at the therapist’s playhead, and then the live room again', async () => {
    hostStore.getState().renameFigure(figures.sleep, 'Father');
    hostStore.getState().setNote(0, 'The sister came up again');
    rooms.clock.ms += 4000;
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
