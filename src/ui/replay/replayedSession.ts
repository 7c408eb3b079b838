import { counterIds, type FigureId } from '../../domain/model/ids';
import { createPose, type Pose } from '../../domain/model/pose';
import { createSession } from '../../domain/model/session';
import { epochMillis, millis } from '../../domain/model/units';
import type { RecordedEvent } from '../../domain/recording/events';
import { createPlaybackController } from '../../domain/replay/playback';
import { createResonansStore } from '../../store/createStore';

/**
 * For tests of replay: a store with a three-figure session (Meg, Intensjon, Ro, Mot) opened
 * read-only, and `replay`, which gives it a recording of `events` and enters its replay at 0.
 */
export function readOnlyTestSession() {
  const store = createResonansStore({ ids: counterIds('added'), now: () => epochMillis(2000) });
  const session = createSession(
    { clientPseudonym: 'K', intention: 'Ro', template: 'iopt', elements: ['Ro', 'Mot'] },
    { client: 'Meg', intention: 'Intensjon' },
    { ids: counterIds('s'), now: () => epochMillis(1000), random: () => 0.5 },
  );
  store.getState().openSession(session, { readOnly: true });
  const replay = (events: RecordedEvent[]) => {
    events.sort((a, b) => a.t - b.t);
    store.setState({ recording: { initialRoom: session.room, events } });
    store.getState().openReplay(0);
  };
  return { store, session, replay };
}

/** When the walker's last sample is recorded, in session milliseconds. */
export const LAST_SAMPLE_MS = 6000;

const walkAcross = (t: number): Pose => createPose(-3 + t / 2000, 3.5, t / 40);

/**
 * For the tests that count renders in replay: a session opened in replay whose first figure walks
 * in many small samples (20 a second, `walk` says where), while the second only changes its name
 * once and the third stands still. Also a playback controller the test steps by hand.
 */
export function replayedSession(walk: (t: number) => Pose = walkAcross) {
  const { store, session, replay } = readOnlyTestSession();
  const [walker, renamed, still] = session.room.order as [FigureId, FigureId, FigureId];
  const events: RecordedEvent[] = [];
  for (let t = 100; t <= LAST_SAMPLE_MS; t += 50) events.push({ type: 'pose', t: millis(t), figureId: walker, pose: walk(t), joined: t > 100 });
  const look = session.room.figures[renamed];
  if (!look) throw new Error('no figure');
  events.push({ type: 'figureChanged', t: millis(3000), figureId: renamed, appearance: { ...look, label: 'Mor' } });
  replay(events);
  const playback = createPlaybackController({ durationMs: LAST_SAMPLE_MS, driver: { request: () => 0, cancel: () => undefined }, now: () => 0 });
  return { store, playback, walker, renamed, still };
}

/** The playhead's times for stepping through the whole walk as the panels hear it: 37 ms apart. */
export const replaySteps = (): number[] => Array.from({ length: Math.floor(LAST_SAMPLE_MS / 37) + 1 }, (_, i) => i * 37);
