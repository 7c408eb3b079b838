import * as v from 'valibot';
import { FIGURE_COLOURS, FIGURE_KINDS, FIGURE_SIZES, MAX_LABEL_LENGTH } from '../model/figure';
import { firstOutOfTimeOrder } from '../recording/recording';
import { AROUSAL_ZONES, BODY_TONES, EXPRESSION_KINDS, MOVERS, REGULATION_KINDS, REMOTE_CHANGES } from '../recording/events';
import { idSchema, sessionTimeSchema } from './fieldSchemas';
import { DrawnSchema } from './drawingSchema';
import { PoseSchema } from './poseSchema';

/** Checks each recorded event field by field; texts are bounded so a file cannot swell memory, and a field the format does not name is refused. */
const time = sessionTimeSchema;
const id = idSchema;
const text = v.pipe(v.string(), v.maxLength(10_000));
const phase = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(50));
/** The resources given at an RTT close: a short list of short lines. */
export const MAX_RESOURCES = 50;
export const MAX_RESOURCE_LENGTH = 500;

export const AppearanceSchema = v.strictObject({
  kind: v.picklist(FIGURE_KINDS),
  label: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_LABEL_LENGTH)),
  colour: v.picklist(FIGURE_COLOURS),
  size: v.picklist(FIGURE_SIZES),
  released: v.boolean(),
  deceased: v.optional(v.boolean()),
  drawn: v.optional(DrawnSchema),
});

export const RecordedEventSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('pose'),
    t: time,
    figureId: id,
    pose: PoseSchema,
    joined: v.boolean(),
    movedBy: v.optional(v.picklist(MOVERS)),
    by: v.optional(v.literal('guest')),
  }),
  v.strictObject({ type: v.literal('figureAdded'), t: time, figureId: id, appearance: AppearanceSchema, pose: PoseSchema }),
  v.strictObject({ type: v.literal('figureRemoved'), t: time, figureId: id }),
  v.strictObject({ type: v.literal('figureChanged'), t: time, figureId: id, appearance: AppearanceSchema }),
  v.strictObject({ type: v.literal('phase'), t: time, phase }),
  v.strictObject({ type: v.literal('note'), t: time, phase, text }),
  v.strictObject({ type: v.literal('expression'), t: time, figureId: id, kind: v.picklist(EXPRESSION_KINDS), text }),
  v.strictObject({
    type: v.literal('arousal'),
    t: time,
    mark: v.union([
      v.strictObject({ zone: v.picklist(AROUSAL_ZONES) }),
      v.strictObject({ value: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10)) }),
    ]),
  }),
  v.strictObject({ type: v.literal('sharingOrder'), t: time, figureIds: v.pipe(v.array(id), v.maxLength(500)) }),
  v.strictObject({ type: v.literal('statement'), t: time, figureId: id, text }),
  v.strictObject({ type: v.literal('resonance'), t: time, figureId: v.nullable(id) }),
  v.strictObject({ type: v.literal('mover'), t: time, figureId: id, movedBy: v.picklist(MOVERS) }),
  v.strictObject({ type: v.literal('wordlessEnded'), t: time }),
  v.strictObject({ type: v.literal('leavingRole'), t: time, figureId: id, text }),
  v.strictObject({ type: v.literal('regulation'), t: time, kind: v.picklist(REGULATION_KINDS), text: v.pipe(v.string(), v.maxLength(MAX_RESOURCE_LENGTH)) }),
  v.strictObject({ type: v.literal('bodyTone'), t: time, tone: v.picklist(BODY_TONES) }),
  v.strictObject({
    type: v.literal('resources'),
    t: time,
    items: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_RESOURCE_LENGTH))), v.maxLength(MAX_RESOURCES)),
  }),
  v.strictObject({ type: v.literal('remote'), t: time, change: v.picklist(REMOTE_CHANGES) }),
  v.strictObject({ type: v.literal('paused'), t: time }),
  v.strictObject({ type: v.literal('resumed'), t: time }),
  v.strictObject({ type: v.literal('finished'), t: time }),
]);

export const EventsSchema = v.pipe(
  v.array(RecordedEventSchema),
  v.check((events) => firstOutOfTimeOrder(events) < 0, 'the events are not in order of time'),
);
