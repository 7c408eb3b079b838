import * as v from 'valibot';
import { epochTimeSchema, idSchema } from './fieldSchemas';
import { DrawingSchema, DrawnSchema } from './drawingSchema';
import { PoseSchema } from './poseSchema';
import { EventsSchema } from './recordingSchema';
import { FIGURE_COLOURS, FIGURE_KINDS, FIGURE_SIZES, type Figure, MAX_LABEL_LENGTH } from '../model/figure';
import { figureId, type FigureId, sessionId } from '../model/ids';
import { MAX_INTENTION_LENGTH } from '../model/intentionWords';
import { PHASE_TEMPLATE_IDS } from '../model/phaseTemplate';
import { createPose } from '../model/pose';
import type { RoomState } from '../model/roomState';
import { MAX_PSEUDONYM_LENGTH, type Session } from '../model/session';
import { epochMillis } from '../model/units';
import type { RecordedEvent } from '../recording/events';
import { createRecording } from '../recording/recording';

/**
 * The shape of a session as it is stored and exported, checked field by field. Anything that
 * comes from storage or a file passes through here before it reaches the store.
 */

export const FigureSchema = v.strictObject({
  id: idSchema,
  kind: v.picklist(FIGURE_KINDS),
  label: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_LABEL_LENGTH)),
  colour: v.picklist(FIGURE_COLOURS),
  size: v.picklist(FIGURE_SIZES),
  pose: PoseSchema,
  released: v.optional(v.boolean(), false),
  deceased: v.optional(v.boolean()),
  drawn: v.optional(DrawnSchema),
});

export const RoomSchema = v.pipe(
  v.strictObject({ figures: v.record(idSchema, FigureSchema), order: v.array(idSchema) }),
  v.check(
    (room) =>
      room.order.length === Object.keys(room.figures).length &&
      new Set(room.order).size === room.order.length &&
      room.order.every((id) => room.figures[id]?.id === id),
    'the order of figures does not match the figures',
  ),
);

export const SessionInfoSchema = v.strictObject({
  id: idSchema,
  createdAt: epochTimeSchema,
  clientPseudonym: v.pipe(v.string(), v.maxLength(MAX_PSEUDONYM_LENGTH)),
  intention: v.pipe(v.string(), v.maxLength(MAX_INTENTION_LENGTH)),
  template: v.picklist(PHASE_TEMPLATE_IDS),
  elements: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_LABEL_LENGTH))), v.maxLength(MAX_INTENTION_LENGTH)),
  demo: v.optional(v.boolean()),
  binnedAt: v.optional(epochTimeSchema),
  pseudonymised: v.optional(v.boolean()),
  covertOrder: v.optional(v.pipe(v.array(idSchema), v.maxLength(MAX_INTENTION_LENGTH))),
  covert: v.optional(v.boolean()),
  drawing: v.optional(DrawingSchema),
});

export const RecordingSchema = v.strictObject({ initialRoom: RoomSchema, events: EventsSchema });

/** A session; one kept before recordings existed has none, and starts one from its room. */
export const SessionSchema = v.strictObject({ info: SessionInfoSchema, room: RoomSchema, recording: v.optional(RecordingSchema) });

export { PoseSchema };

type ParsedFigure = v.InferOutput<typeof FigureSchema>;

function toFigure(parsed: ParsedFigure): Figure {
  const { x, z, facing, posture } = parsed.pose;
  return { ...parsed, id: figureId(parsed.id), pose: createPose(x, z, facing, posture) };
}

/** Turns checked data into domain values (branded ids and units). */
function toRoom(parsed: v.InferOutput<typeof RoomSchema>): RoomState {
  const figures = Object.fromEntries(Object.entries(parsed.figures).map(([id, figure]) => [id, toFigure(figure)])) as Record<FigureId, Figure>;
  return { figures, order: parsed.order.map(figureId) };
}

/** Turns checked data into domain values (branded ids and units). */
export function toSession(parsed: v.InferOutput<typeof SessionSchema>): Session {
  const room = toRoom(parsed.room);
  const { covertOrder: _covert, ...plainInfo } = parsed.info;
  return {
    info: {
      ...plainInfo,
      id: sessionId(parsed.info.id),
      createdAt: epochMillis(parsed.info.createdAt),
      binnedAt: parsed.info.binnedAt === undefined ? undefined : epochMillis(parsed.info.binnedAt),
      ...(parsed.info.covertOrder ? { covertOrder: parsed.info.covertOrder.map(figureId) } : {}),
    },
    room,
    recording: parsed.recording
      ? // The schema has checked every field; the cast only adds the branded id and unit types.
        { initialRoom: toRoom(parsed.recording.initialRoom), events: parsed.recording.events as unknown as RecordedEvent[] }
      : createRecording(room),
  };
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Checks untrusted data; the problem names the first field that is wrong. */
export function parseSession(input: unknown): ParseResult<Session> {
  const result = v.safeParse(SessionSchema, input);
  if (result.success) return { ok: true, value: toSession(result.output) };
  const issue = result.issues[0];
  const path = issue ? v.getDotPath(issue) : null;
  return { ok: false, problem: path ? `${path}: ${issue?.message ?? ''}` : (issue?.message ?? 'not a session') };
}
