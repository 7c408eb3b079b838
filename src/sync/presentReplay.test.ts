// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { supervisionReplayCopy } from '../app/remote/supervisionReplayCopy';
import { counterIds } from '../domain/model/ids';
import type { Session } from '../domain/model/session';
import { createI18n } from '../i18n/i18n';
import { openTwoRooms, type TwoRooms } from './testRooms';

/** Supervision at a distance between two stores: the therapist replays, the supervisor is shown a supervision copy. */

let rooms: TwoRooms;
const SECRETS = ['Father', 'sister', 'Birk', 'sleep better', 'too close'];

/** The therapist's session with a renamed figure, a note and a statement, a few minutes long, open in replay. */
async function replayedSession(): Promise<Session> {
  const { hostStore, figures, clock } = rooms;
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

beforeEach(async () => {
  rooms = await openTwoRooms();
});

describe('presenting a replay to a supervisor', () => {
  it('shows the supervisor only what a supervision copy holds: neutral names, no note, statement, intention or pseudonym', async () => {
    const { host, guest, hostStore } = rooms;
    expect(host.presentReplay(await replayedSession())).toBe(true);
    await rooms.admitted();
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
    const { host, guest, hostStore, settle } = rooms;
    host.presentReplay(await replayedSession());
    await rooms.admitted();
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
    const { host, guest, settle } = rooms;
    host.presentReplay(await replayedSession());
    await rooms.admitted();
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
