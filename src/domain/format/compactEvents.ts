import { type FigureId, figureId } from '../model/ids';
import { POSTURES, type Posture } from '../model/pose';
import { ROOM_HALF_SIZE } from '../model/room';
import { degrees, metres, millis } from '../model/units';
import { MOVERS, type Mover, type RecordedEvent } from '../recording/events';
import { isSafeId, MAX_SESSION_TIME_MS } from './fieldSchemas';

/**
 * A run of recorded events as the app keeps it in storage: pose samples, nine in ten of every
 * recording, as columns of numbers (a typed array per field, which IndexedDB stores as raw bytes,
 * 37 bytes a sample), every other event as it is. Nothing is rounded: decoding gives back exactly
 * the events that were encoded.
 */
export interface CompactEvents {
  readonly encoding: typeof COMPACT_ENCODING;
  /** How many events the run holds, poses and others together. */
  readonly length: number;
  /** The figures the poses name, each once; `poseFigure` points into it. */
  readonly figureIds: readonly string[];
  readonly poseT: Float64Array;
  readonly poseFigure: Uint32Array;
  readonly poseX: Float64Array;
  readonly poseZ: Float64Array;
  readonly poseFacing: Float64Array;
  /** Joined, posture, mover and guest, packed: see `packFlags`. */
  readonly poseFlags: Uint8Array;
  /** The events that are not poses, and where each stands in the run. */
  readonly others: readonly RecordedEvent[];
  readonly otherAt: Uint32Array;
}

export const COMPACT_ENCODING = 'columns-1';

const POSE_KEYS = new Set(['type', 't', 'figureId', 'pose', 'joined', 'movedBy', 'by']);
const POSE_FIELDS = new Set(['x', 'z', 'facing', 'posture']);

type PoseEvent = Extract<RecordedEvent, { type: 'pose' }>;

/** Only a pose with nothing the columns cannot hold goes into them; anything else is kept as it is, to be checked as it is. */
function fitsColumns(event: RecordedEvent): event is PoseEvent {
  if (event.type !== 'pose') return false;
  if (!Object.keys(event).every((key) => POSE_KEYS.has(key))) return false;
  const pose: unknown = event.pose;
  if (typeof pose !== 'object' || pose === null || !Object.keys(pose).every((key) => POSE_FIELDS.has(key))) return false;
  return (
    typeof event.t === 'number' &&
    typeof event.figureId === 'string' &&
    typeof event.pose.x === 'number' &&
    typeof event.pose.z === 'number' &&
    typeof event.pose.facing === 'number' &&
    POSTURES.includes(event.pose.posture) &&
    typeof event.joined === 'boolean' &&
    (event.movedBy === undefined || MOVERS.includes(event.movedBy)) &&
    (event.by === undefined || event.by === 'guest')
  );
}

// Bit 0 joined; bits 1–2 posture; bits 3–4 mover (0 none); bit 5 moved from the guest's browser.
function packFlags(event: PoseEvent): number {
  const mover = event.movedBy === undefined ? 0 : MOVERS.indexOf(event.movedBy) + 1;
  return (event.joined ? 1 : 0) | (POSTURES.indexOf(event.pose.posture) << 1) | (mover << 3) | (event.by === 'guest' ? 32 : 0);
}

export function encodeEvents(events: readonly RecordedEvent[]): CompactEvents {
  // Asked once per event: the columns are sized from it and filled by it.
  const inColumns = events.map(fitsColumns);
  const poseCount = inColumns.filter(Boolean).length;
  const figureIds: string[] = [];
  const figureIndex = new Map<string, number>();
  const poseT = new Float64Array(poseCount);
  const poseFigure = new Uint32Array(poseCount);
  const poseX = new Float64Array(poseCount);
  const poseZ = new Float64Array(poseCount);
  const poseFacing = new Float64Array(poseCount);
  const poseFlags = new Uint8Array(poseCount);
  const others: RecordedEvent[] = [];
  const otherAt = new Uint32Array(events.length - poseCount);
  let pose = 0;
  events.forEach((event, at) => {
    if (!inColumns[at] || event.type !== 'pose') {
      otherAt[others.length] = at;
      others.push(event);
      return;
    }
    let figure = figureIndex.get(event.figureId);
    if (figure === undefined) {
      figure = figureIds.push(event.figureId) - 1;
      figureIndex.set(event.figureId, figure);
    }
    poseT[pose] = event.t;
    poseFigure[pose] = figure;
    poseX[pose] = event.pose.x;
    poseZ[pose] = event.pose.z;
    poseFacing[pose] = event.pose.facing;
    poseFlags[pose] = packFlags(event);
    pose += 1;
  });
  return { encoding: COMPACT_ENCODING, length: events.length, figureIds, poseT, poseFigure, poseX, poseZ, poseFacing, poseFlags, others, otherAt };
}

export const isCompactEvents = (value: unknown): value is CompactEvents =>
  typeof value === 'object' && value !== null && (value as { encoding?: unknown }).encoding === COMPACT_ENCODING;

export type DecodeResult = { ok: true; events: RecordedEvent[] } | { ok: false; problem: string };

const within = (value: number, low: number, high: number) => Number.isFinite(value) && value >= low && value <= high;

/**
 * The events back, after a check of every pose in the columns: the same bounds the file schema
 * sets (times, floor, facing, known postures and movers, safe ids), in one pass over numbers.
 * Events kept whole (`others`) are returned as they are: the caller checks them.
 */
export function decodeEvents(compact: CompactEvents): DecodeResult {
  const { length, figureIds, poseT, poseFigure, poseX, poseZ, poseFacing, poseFlags, others, otherAt } = compact;
  const poses = poseT.length;
  if (!Number.isInteger(length) || poses + others.length !== length || otherAt.length !== others.length) {
    return { ok: false, problem: 'the stored events do not add up' };
  }
  if ([poseFigure, poseX, poseZ, poseFacing, poseFlags].some((column) => column.length !== poses)) {
    return { ok: false, problem: 'the stored pose columns differ in length' };
  }
  const badId = figureIds.find((id) => typeof id !== 'string' || !isSafeId(id));
  if (badId !== undefined) return { ok: false, problem: `a stored pose names a figure with an id that is not one: ${String(badId).slice(0, 40)}` };
  const ids: FigureId[] = figureIds.map(figureId);
  const events: RecordedEvent[] = new Array<RecordedEvent>(length);
  let other = 0;
  let pose = 0;
  for (let at = 0; at < length; at += 1) {
    if (other < others.length && otherAt[other] === at) {
      events[at] = others[other] as RecordedEvent;
      other += 1;
      continue;
    }
    if (pose >= poses) return { ok: false, problem: `stored event ${at} is missing` };
    const event = decodePose(pose, ids, compact);
    if (typeof event === 'string') return { ok: false, problem: `stored pose ${at}: ${event}` };
    events[at] = event;
    pose += 1;
  }
  if (other !== others.length) return { ok: false, problem: 'the stored events are out of place' };
  return { ok: true, events };
}

function decodePose(at: number, ids: readonly FigureId[], compact: CompactEvents): RecordedEvent | string {
  const t = compact.poseT[at] ?? Number.NaN;
  const x = compact.poseX[at] ?? Number.NaN;
  const z = compact.poseZ[at] ?? Number.NaN;
  const facing = compact.poseFacing[at] ?? Number.NaN;
  const flags = compact.poseFlags[at] ?? 0;
  const figure = ids[compact.poseFigure[at] ?? ids.length];
  if (!within(t, 0, MAX_SESSION_TIME_MS)) return `its time is ${t}`;
  if (figure === undefined) return 'it names no known figure';
  if (!within(x, -ROOM_HALF_SIZE, ROOM_HALF_SIZE) || !within(z, -ROOM_HALF_SIZE, ROOM_HALF_SIZE)) return `it stands off the floor at ${x}, ${z}`;
  if (!within(facing, 0, 360)) return `its facing is ${facing}`;
  const posture: Posture | undefined = POSTURES[(flags >> 1) & 3];
  const moverCode = (flags >> 3) & 3;
  const movedBy: Mover | undefined = moverCode === 0 ? undefined : MOVERS[moverCode - 1];
  if (posture === undefined || (moverCode !== 0 && movedBy === undefined) || flags >= 64) return `its flags ${flags} are not known`;
  const event: { -readonly [K in keyof PoseEvent]: PoseEvent[K] } = {
    type: 'pose',
    t: millis(t),
    figureId: figure,
    pose: { x: metres(x), z: metres(z), facing: degrees(facing), posture },
    joined: (flags & 1) === 1,
  };
  // Set only where they are, as recorded (no spread of a throwaway object per sample: a three-hour
  // session decodes a few hundred thousand samples while it opens, and the garbage told).
  if (movedBy !== undefined) event.movedBy = movedBy;
  if ((flags & 32) !== 0) event.by = 'guest';
  return event;
}
