import type { MigrationStep } from './migrations';

/**
 * File version 2 added, all optional: the one-to-one and RTT marks of the recording (resonance,
 * mover, wordlessEnded, leavingRole, regulation, bodyTone, resources), who moved a figure on pose
 * events (`movedBy`, and `by` for a guest of a live remote room), `remote` events, the drawn
 * intention (`info.drawing`) and a figure's drawn element (`drawn`), and further session info.
 *
 * Up: a version-1 document is already a valid version-2 document. Down keeps only what version 1
 * names, field by field, so whatever version 2 added, now or later, is left out and the result
 * passes the version-1 schema.
 */

/** What version 1 knows of each event, by type. */
const V1_EVENT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  pose: ['type', 't', 'figureId', 'pose', 'joined'],
  figureAdded: ['type', 't', 'figureId', 'appearance', 'pose'],
  figureRemoved: ['type', 't', 'figureId'],
  figureChanged: ['type', 't', 'figureId', 'appearance'],
  phase: ['type', 't', 'phase'],
  note: ['type', 't', 'phase', 'text'],
  expression: ['type', 't', 'figureId', 'kind', 'text'],
  arousal: ['type', 't', 'mark'],
  sharingOrder: ['type', 't', 'figureIds'],
  statement: ['type', 't', 'figureId', 'text'],
  paused: ['type', 't'],
  resumed: ['type', 't'],
  finished: ['type', 't'],
};

const V1_INFO_FIELDS = [
  'id',
  'createdAt',
  'clientPseudonym',
  'intention',
  'template',
  'elements',
  'demo',
  'binnedAt',
  'pseudonymised',
  'covertOrder',
  'covert',
];
const V1_APPEARANCE_FIELDS = ['kind', 'label', 'colour', 'size', 'released', 'deceased'];
const V1_FIGURE_FIELDS = ['id', ...V1_APPEARANCE_FIELDS, 'pose'];
const V1_POSE_FIELDS = ['x', 'z', 'facing', 'posture'];

type Doc = Record<string, unknown>;

const isRecord = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value with only the named fields; anything that is not an object is left as it is, for the schema to refuse. */
function only(value: unknown, fields: readonly string[]): unknown {
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => fields.includes(key)));
}

function figureV1(figure: unknown): unknown {
  const kept = only(figure, V1_FIGURE_FIELDS);
  return isRecord(kept) && 'pose' in kept ? { ...kept, pose: only(kept.pose, V1_POSE_FIELDS) } : kept;
}

function roomV1(room: unknown): unknown {
  if (!isRecord(room) || !isRecord(room.figures)) return room;
  return { ...room, figures: Object.fromEntries(Object.entries(room.figures).map(([id, figure]) => [id, figureV1(figure)])) };
}

/** An event as version 1 reads it, or null when version 1 has no such event. */
function eventV1(event: unknown): unknown {
  if (!isRecord(event)) return event;
  const fields = typeof event.type === 'string' ? V1_EVENT_FIELDS[event.type] : undefined;
  if (!fields) return null;
  const kept = only(event, fields) as Doc;
  if ('appearance' in kept) kept.appearance = only(kept.appearance, V1_APPEARANCE_FIELDS);
  if ('pose' in kept) kept.pose = only(kept.pose, V1_POSE_FIELDS);
  return kept;
}

function sessionV1(session: unknown): unknown {
  if (!isRecord(session)) return session;
  const result: Doc = { ...session };
  if ('info' in session) result.info = only(session.info, V1_INFO_FIELDS);
  if ('room' in session) result.room = roomV1(session.room);
  const recording = session.recording;
  if (isRecord(recording)) {
    result.recording = {
      ...recording,
      initialRoom: roomV1(recording.initialRoom),
      ...(Array.isArray(recording.events) ? { events: recording.events.map(eventV1).filter((event) => event !== null) } : {}),
    };
  }
  return result;
}

export const VERSION_1_TO_2: MigrationStep = {
  from: 1,
  to: 2,
  up: (doc) => doc,
  down: (doc) => {
    if (!isRecord(doc)) return doc;
    const result: Doc = { ...doc };
    if ('session' in doc) result.session = sessionV1(doc.session);
    if (Array.isArray(doc.sessions)) result.sessions = doc.sessions.map(sessionV1);
    return result;
  },
};
