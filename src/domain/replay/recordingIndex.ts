import type { FigureId } from '../model/ids';
import type { Pose } from '../model/pose';
import { appearanceOf } from '../recording/roomChanges';
import type { ArousalMark, FigureAppearance, RecordedEvent } from '../recording/events';
import type { Recording } from '../recording/recording';
import { changeMoments } from './changeMoments';
import { type ReplayMark, replayMarks } from './replayMarks';
import { emptyTimeline, pushAt, type Timeline } from './timeline';

/** Everything recorded about one figure, as timelines. */
export interface FigureTrack {
  readonly id: FigureId;
  /** Pose samples; `joined[i]` says sample i continues the movement from sample i−1. */
  readonly poses: Timeline<Pose>;
  readonly joined: boolean[];
  readonly looks: Timeline<FigureAppearance>;
  readonly presence: Timeline<boolean>;
}

/**
 * A recording arranged for fast lookups at any time, in one pass over its events. The change
 * moments and the marks are worked out on first use: opening a session reads only the timelines.
 */
export interface RecordingIndex {
  readonly tracks: ReadonlyMap<FigureId, FigureTrack>;
  /** Figures in the order they first appeared. */
  readonly order: readonly FigureId[];
  readonly phases: Timeline<number>;
  readonly notes: ReadonlyMap<number, Timeline<string>>;
  readonly statements: ReadonlyMap<FigureId, Timeline<string>>;
  readonly sharingOrder: Timeline<readonly FigureId[]>;
  readonly arousal: Timeline<ArousalMark>;
  readonly expressions: Timeline<Extract<RecordedEvent, { type: 'expression' }>>;
  readonly pauses: readonly number[];
  /** Every distinct time at which something changed (a movement once, at its start and end), for stepping from change to change. */
  readonly changeTimes: readonly number[];
  /** What was said, marked, expressed or changed, in order of time, and their times for binary search. */
  readonly marks: readonly ReplayMark[];
  readonly markTimes: readonly number[];
  readonly durationMs: number;
}

function newTrack(id: FigureId): FigureTrack {
  return { id, poses: emptyTimeline(), joined: [], looks: emptyTimeline(), presence: emptyTimeline() };
}

/** The index last built for an events list, and how far into the list it read. */
interface Indexed {
  readonly count: number;
  readonly last: RecordedEvent | undefined;
  readonly initialRoom: Recording['initialRoom'];
  readonly index: RecordingIndex;
}

// Keyed by the events list, which the recorder appends in place: an index stands for as long as
// nothing was appended. Opening a session indexes its recording (for its progress), so a replay
// entered next finds the index made, and entering replay again costs nothing.
const built = new WeakMap<readonly RecordedEvent[], Indexed>();

/**
 * The recording's index, built once per recording as it stands: the same object again while no
 * event has been appended. An index is a still picture of the events there were when it was
 * built, so a recording that grows later never changes an index already handed out.
 */
export function indexRecording(recording: Recording): RecordingIndex {
  const { events, initialRoom } = recording;
  const count = events.length;
  const last = events[count - 1];
  const known = built.get(events);
  if (known && known.count === count && known.last === last && known.initialRoom === initialRoom) return known.index;
  const index = buildIndex(recording, count);
  built.set(events, { count, last, initialRoom, index });
  return index;
}

/** A lazily worked-out value, remembered once asked for. */
function once<T>(work: () => T): () => T {
  let value: { readonly is: T } | null = null;
  return () => (value ??= { is: work() }).is;
}

function buildIndex(recording: Recording, count: number): RecordingIndex {
  const tracks = new Map<FigureId, FigureTrack>();
  const order: FigureId[] = [];
  const track = (id: FigureId) => {
    let found = tracks.get(id);
    if (!found) {
      found = newTrack(id);
      tracks.set(id, found);
      order.push(id);
    }
    return found;
  };
  const phases = emptyTimeline<number>();
  const notes = new Map<number, Timeline<string>>();
  const statements = new Map<FigureId, Timeline<string>>();
  const sharingOrder = emptyTimeline<readonly FigureId[]>();
  const arousal = emptyTimeline<ArousalMark>();
  const expressions = emptyTimeline<Extract<RecordedEvent, { type: 'expression' }>>();
  const pauses: number[] = [];

  for (const id of recording.initialRoom.order) {
    const figure = recording.initialRoom.figures[id];
    if (!figure) continue;
    const initial = track(id);
    pushAt(initial.poses, 0, figure.pose);
    initial.joined.push(false);
    pushAt(initial.looks, 0, appearanceOf(figure));
    pushAt(initial.presence, 0, true);
  }
  pushAt(phases, 0, 0);

  const events = recording.events;
  for (let i = 0; i < count; i += 1) {
    const event = events[i];
    if (!event) continue;
    const t = event.t;
    switch (event.type) {
      case 'pose': {
        const figure = track(event.figureId);
        pushAt(figure.poses, t, event.pose);
        figure.joined.push(event.joined);
        break;
      }
      case 'figureAdded': {
        const figure = track(event.figureId);
        pushAt(figure.poses, t, event.pose);
        figure.joined.push(false);
        pushAt(figure.looks, t, event.appearance);
        pushAt(figure.presence, t, true);
        break;
      }
      case 'figureRemoved':
        pushAt(track(event.figureId).presence, t, false);
        break;
      case 'figureChanged':
        pushAt(track(event.figureId).looks, t, event.appearance);
        break;
      case 'phase':
        pushAt(phases, t, event.phase);
        break;
      case 'note': {
        const timeline = notes.get(event.phase) ?? emptyTimeline<string>();
        notes.set(event.phase, timeline);
        pushAt(timeline, t, event.text);
        break;
      }
      case 'statement': {
        const timeline = statements.get(event.figureId) ?? emptyTimeline<string>();
        statements.set(event.figureId, timeline);
        pushAt(timeline, t, event.text);
        break;
      }
      case 'sharingOrder':
        pushAt(sharingOrder, t, event.figureIds);
        break;
      case 'arousal':
        pushAt(arousal, t, event.mark);
        break;
      case 'expression':
        pushAt(expressions, t, event);
        break;
      case 'paused':
        pauses.push(t);
        break;
      case 'resumed':
      case 'finished':
        break;
    }
  }
  const last = events[count - 1];
  // Read later, from the events as they were now, whatever is appended meanwhile.
  const still = once(() => (events.length === count ? events : events.slice(0, count)));
  const changeTimes = once(() => changeMoments(still()));
  const marks = once(() => replayMarks({ initialRoom: recording.initialRoom, events: still() }));
  const markTimes = once(() => marks().map((mark) => mark.t));
  return {
    tracks,
    order,
    phases,
    notes,
    statements,
    sharingOrder,
    arousal,
    expressions,
    pauses,
    get changeTimes() {
      return changeTimes();
    },
    get marks() {
      return marks();
    },
    get markTimes() {
      return markTimes();
    },
    durationMs: last ? last.t : 0,
  };
}
