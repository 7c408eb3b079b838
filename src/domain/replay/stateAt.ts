import type { Figure } from '../model/figure';
import type { FigureId } from '../model/ids';
import { normaliseFacing, type Pose } from '../model/pose';
import type { RoomState } from '../model/roomState';
import { type Metres, metres } from '../model/units';
import type { ArousalMark, FigureAppearance } from '../recording/events';
import type { FigureTrack, RecordingIndex } from './recordingIndex';
import { indexAtCursor, type TimeCursor } from './cursor';
import { firstIndexAfter, lastIndexAtOrBefore, valueAt } from './timeline';

const lerp = (a: number, b: number, f: number) => a + (b - a) * f;

/** The smallest signed turn from one facing to another, in (−180°, 180°]. */
function shortestTurn(from: number, to: number): number {
  const turn = ((((to - from) % 360) + 540) % 360) - 180;
  return turn === -180 ? 180 : turn;
}

/**
 * A figure's pose at time t. At a recorded time it is exactly the recorded pose. Between two
 * samples of one movement it glides: position in a straight line, facing along the shorter
 * arc. Between two movements it holds still.
 */
export function poseAt(track: FigureTrack, t: number): Pose | undefined {
  return poseFrom(track, lastIndexAtOrBefore(track.poses.times, t), t);
}

/** `poseAt` for a playhead that mostly moves forward: the cursor remembers the sample found last. */
export function poseAtCursor(track: FigureTrack, t: number, cursor: TimeCursor): Pose | undefined {
  return poseFrom(track, indexAtCursor(track.poses.times, t, cursor), t);
}

/** The pose at t, given the index of the last sample at or before t. */
function poseFrom(track: FigureTrack, index: number, t: number): Pose | undefined {
  const { times, values } = track.poses;
  if (index < 0) return undefined;
  const from = values[index];
  const next = index + 1;
  const to = values[next];
  const fromT = times[index] ?? t;
  const toT = times[next] ?? t;
  if (!from || !to || !track.joined[next] || toT <= t || toT === fromT) return from;
  const f = (t - fromT) / (toT - fromT);
  return {
    x: metres(lerp(from.x, to.x, f)) as Metres,
    z: metres(lerp(from.z, to.z, f)) as Metres,
    facing: normaliseFacing(from.facing + shortestTurn(from.facing, to.facing) * f),
    posture: from.posture,
  };
}

/** The room, and what was said and marked, as it stood at time t of a recording. */
export interface ReplayState {
  readonly t: number;
  readonly room: RoomState;
  readonly phase: number;
  /** When each released figure was released, for its fading. */
  readonly releasedAt: ReadonlyMap<FigureId, number>;
  readonly notes: ReadonlyMap<number, string>;
  readonly statements: ReadonlyMap<FigureId, string>;
  readonly sharingOrder: readonly FigureId[];
  readonly arousal: ArousalMark | undefined;
}

const NO_ONE: readonly FigureId[] = [];

/**
 * The full state at time t: one binary search per figure and per timeline, never a walk through
 * the session. Given the state shown before, whatever did not change is that state's own object
 * (a figure standing still, the order, the room), so what shows it need not draw it again.
 */
export function stateAt(index: RecordingIndex, t: number, previous?: ReplayState): ReplayState {
  const before = previous?.room;
  const figures: Record<FigureId, Figure> = {};
  const order: FigureId[] = [];
  const releasedAt = new Map<FigureId, number>();
  let unchanged = before !== undefined;
  for (const id of index.order) {
    const track = index.tracks.get(id);
    if (!track || !valueAt(track.presence, t)) continue;
    const look = valueAt(track.looks, t);
    const pose = poseAt(track, t);
    if (!look || !pose) continue;
    const shown = before?.figures[id];
    const figure = shown && looksAsBefore(shown, look, pose) ? shown : figureFrom(id, look, pose);
    if (figure !== shown || before?.order[order.length] !== id) unchanged = false;
    figures[id] = figure;
    order.push(id);
    if (look.released) releasedAt.set(id, releaseTime(track, t));
  }
  const notes = new Map<number, string>();
  for (const [phase, timeline] of index.notes) {
    const text = valueAt(timeline, t);
    if (text) notes.set(phase, text);
  }
  const statements = new Map<FigureId, string>();
  for (const [id, timeline] of index.statements) {
    const text = valueAt(timeline, t);
    if (text) statements.set(id, text);
  }
  const room = before && unchanged && before.order.length === order.length ? before : { figures, order };
  return {
    t,
    room,
    phase: valueAt(index.phases, t) ?? 0,
    releasedAt: previous && sameEntries(previous.releasedAt, releasedAt) ? previous.releasedAt : releasedAt,
    notes: previous && sameEntries(previous.notes, notes) ? previous.notes : notes,
    statements: previous && sameEntries(previous.statements, statements) ? previous.statements : statements,
    sharingOrder: valueAt(index.sharingOrder, t) ?? NO_ONE,
    arousal: valueAt(index.arousal, t),
  };
}

function figureFrom(id: FigureId, look: FigureAppearance, pose: Pose): Figure {
  return {
    id,
    kind: look.kind,
    label: look.label,
    colour: look.colour,
    size: look.size,
    released: look.released,
    ...(look.deceased ? { deceased: true } : {}),
    ...(look.drawn ? { drawn: look.drawn } : {}),
    pose,
  };
}

/** Whether a figure already shown has this look and stands in this pose. */
function looksAsBefore(shown: Figure, look: FigureAppearance, pose: Pose): boolean {
  const was = shown.pose;
  return (
    shown.kind === look.kind &&
    shown.label === look.label &&
    shown.colour === look.colour &&
    shown.size === look.size &&
    shown.released === look.released &&
    (shown.deceased ?? false) === (look.deceased ?? false) &&
    shown.drawn === look.drawn &&
    (was === pose || (was.x === pose.x && was.z === pose.z && was.facing === pose.facing && was.posture === pose.posture))
  );
}

function sameEntries<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}

/** The time the figure's current release began: the start of the run of released looks ending at t. */
export function releaseTime(track: FigureTrack, t: number): number {
  let i = lastIndexAtOrBefore(track.looks.times, t);
  while (i > 0 && track.looks.values[i - 1]?.released) i -= 1;
  return track.looks.times[i] ?? t;
}

/** When each phase was first entered, in order of time (for "jump to phase"). */
export function phaseStarts(index: RecordingIndex): { phase: number; t: number }[] {
  const seen = new Set<number>();
  const starts: { phase: number; t: number }[] = [];
  index.phases.values.forEach((phase, i) => {
    if (seen.has(phase)) return;
    seen.add(phase);
    starts.push({ phase, t: index.phases.times[i] ?? 0 });
  });
  return starts;
}

/** The moment a phase ended: when the session last left it (or the end of the recording). */
export function phaseEnd(index: RecordingIndex, phase: number): number | undefined {
  const { times, values } = index.phases;
  for (let i = values.length - 1; i >= 0; i -= 1) {
    if (values[i] === phase) return times[i + 1] ?? index.durationMs;
  }
  return undefined;
}

/** The nearest change strictly before or after t, for stepping through a recording. */
export function neighbouringChange(index: RecordingIndex, t: number, direction: -1 | 1): number | undefined {
  const times = index.changeTimes;
  if (direction > 0) return times[firstIndexAfter(times, t)];
  const i = lastIndexAtOrBefore(times, t);
  const at = times[i];
  return at !== undefined && at < t ? at : times[i - 1];
}
