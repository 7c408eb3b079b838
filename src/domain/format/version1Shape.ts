// The session file as version 1 had it, frozen here so the migration tests can prove that a
// version-2 file taken down a version is one that a version-1 Resonans reads. Only tests import it.
import * as v from 'valibot';
import { idSchema as id, epochTimeSchema, sessionTimeSchema as time } from './fieldSchemas';
import { PoseSchema } from './poseSchema';

const text = v.string();
const label = v.pipe(v.string(), v.minLength(1));
const look = {
  kind: v.picklist(['client', 'intention', 'element', 'person', 'free']),
  label,
  colour: v.string(),
  size: v.picklist(['adult', 'child', 'baby']),
};
const appearance = v.strictObject({ ...look, released: v.boolean(), deceased: v.optional(v.boolean()) });
const figure = v.strictObject({ id, ...look, pose: PoseSchema, released: v.optional(v.boolean()), deceased: v.optional(v.boolean()) });
const room = v.strictObject({ figures: v.record(id, figure), order: v.array(id) });

const event = v.variant('type', [
  v.strictObject({ type: v.literal('pose'), t: time, figureId: id, pose: PoseSchema, joined: v.boolean() }),
  v.strictObject({ type: v.literal('figureAdded'), t: time, figureId: id, appearance, pose: PoseSchema }),
  v.strictObject({ type: v.literal('figureRemoved'), t: time, figureId: id }),
  v.strictObject({ type: v.literal('figureChanged'), t: time, figureId: id, appearance }),
  v.strictObject({ type: v.literal('phase'), t: time, phase: v.number() }),
  v.strictObject({ type: v.literal('note'), t: time, phase: v.number(), text }),
  v.strictObject({ type: v.literal('expression'), t: time, figureId: id, kind: v.picklist(['sound', 'movement', 'emotion', 'text']), text }),
  v.strictObject({ type: v.literal('arousal'), t: time, mark: v.union([v.strictObject({ zone: v.string() }), v.strictObject({ value: v.number() })]) }),
  v.strictObject({ type: v.literal('sharingOrder'), t: time, figureIds: v.array(id) }),
  v.strictObject({ type: v.literal('statement'), t: time, figureId: id, text }),
  v.strictObject({ type: v.literal('paused'), t: time }),
  v.strictObject({ type: v.literal('resumed'), t: time }),
  v.strictObject({ type: v.literal('finished'), t: time }),
]);

const info = v.strictObject({
  id,
  createdAt: epochTimeSchema,
  clientPseudonym: v.string(),
  intention: v.string(),
  template: v.picklist(['iopt', 'rtt', 'family', 'free']),
  elements: v.array(v.string()),
  demo: v.optional(v.boolean()),
  binnedAt: v.optional(epochTimeSchema),
  pseudonymised: v.optional(v.boolean()),
  covertOrder: v.optional(v.array(id)),
  covert: v.optional(v.boolean()),
});

const session = v.strictObject({ info, room, recording: v.optional(v.strictObject({ initialRoom: room, events: v.array(event) })) });
const envelope = { version: v.literal(1), exportedAt: epochTimeSchema, app: v.string() };

export const Version1FileSchema = v.variant('format', [
  v.strictObject({ format: v.literal('resonans-session'), ...envelope, pseudonymised: v.optional(v.boolean()), session }),
  v.strictObject({ format: v.literal('resonans-backup'), ...envelope, sessions: v.array(session) }),
]);
