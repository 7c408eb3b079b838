import * as v from 'valibot';
import { FIGURE_COLOURS, FIGURE_KINDS, FIGURE_SIZES, type Figure, MAX_LABEL_LENGTH } from '../model/figure';
import { figureId, type FigureId, sessionId } from '../model/ids';
import { MAX_INTENTION_LENGTH } from '../model/intentionWords';
import { PHASE_TEMPLATE_IDS } from '../model/phaseTemplate';
import { createPose, POSTURES } from '../model/pose';
import { ROOM_HALF_SIZE } from '../model/room';
import type { RoomState } from '../model/roomState';
import { MAX_PSEUDONYM_LENGTH, type Session } from '../model/session';
import { epochMillis } from '../model/units';

/**
 * The shape of a session as it is stored and exported, checked field by field. Anything that
 * comes from storage or a file passes through here before it reaches the store.
 */
const finite = v.pipe(v.number(), v.finite());
const onFloor = v.pipe(finite, v.minValue(-ROOM_HALF_SIZE), v.maxValue(ROOM_HALF_SIZE));

export const PoseSchema = v.object({
  x: onFloor,
  z: onFloor,
  facing: v.pipe(finite, v.minValue(0), v.maxValue(360)),
  posture: v.picklist(POSTURES),
});

export const FigureSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  kind: v.picklist(FIGURE_KINDS),
  label: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_LABEL_LENGTH)),
  colour: v.picklist(FIGURE_COLOURS),
  size: v.picklist(FIGURE_SIZES),
  pose: PoseSchema,
});

export const RoomSchema = v.pipe(
  v.object({ figures: v.record(v.string(), FigureSchema), order: v.array(v.string()) }),
  v.check(
    (room) =>
      room.order.length === Object.keys(room.figures).length &&
      new Set(room.order).size === room.order.length &&
      room.order.every((id) => room.figures[id]?.id === id),
    'the order of figures does not match the figures',
  ),
);

export const SessionInfoSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  createdAt: v.pipe(finite, v.minValue(0)),
  clientPseudonym: v.pipe(v.string(), v.maxLength(MAX_PSEUDONYM_LENGTH)),
  intention: v.pipe(v.string(), v.maxLength(MAX_INTENTION_LENGTH)),
  template: v.picklist(PHASE_TEMPLATE_IDS),
  elements: v.array(v.string()),
});

export const SessionSchema = v.object({ info: SessionInfoSchema, room: RoomSchema });

type ParsedFigure = v.InferOutput<typeof FigureSchema>;

function toFigure(parsed: ParsedFigure): Figure {
  const { x, z, facing, posture } = parsed.pose;
  return { ...parsed, id: figureId(parsed.id), pose: createPose(x, z, facing, posture) };
}

/** Turns checked data into domain values (branded ids and units). */
export function toSession(parsed: v.InferOutput<typeof SessionSchema>): Session {
  const figures = Object.fromEntries(Object.entries(parsed.room.figures).map(([id, figure]) => [id, toFigure(figure)])) as Record<FigureId, Figure>;
  const room: RoomState = { figures, order: parsed.room.order.map(figureId) };
  return {
    info: { ...parsed.info, id: sessionId(parsed.info.id), createdAt: epochMillis(parsed.info.createdAt) },
    room,
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
