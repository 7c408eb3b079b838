import * as v from 'valibot';
import { idSchema } from '../format/fieldSchemas';
import { RoomSchema } from '../format/sessionSchema';
import { MAX_INTENTION_LENGTH } from '../model/intentionWords';
import { MAX_LABEL_LENGTH } from '../model/figure';
import { PHASE_TEMPLATE_IDS } from '../model/phaseTemplate';
import { POSTURES } from '../model/pose';
import { MAX_PSEUDONYM_LENGTH } from '../model/session';
import type { Envelope, GuestBody, HostBody } from './messages';
import { MAX_GUEST_NAME_LENGTH, MAX_HOST_NAME_LENGTH, MAX_REPLAY_PARTS, REMOTE_PERMISSIONS, REPLAY_PART_CHARS } from './messages';
import { PLAYBACK_SPEEDS } from '../replay/playback';

/**
 * Checks every message that arrives, field by field, before anything acts on it: a message that
 * decrypts is from someone who holds the room's key, yet a different version of the app, or a
 * bug, must meet a clear refusal rather than a crash.
 */

const finite = v.pipe(v.number(), v.finite());
const floorPose = v.strictObject({ x: finite, z: finite, facing: finite });
const figureId = idSchema;
const phase = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(50));
const text = v.pipe(v.string(), v.maxLength(10_000));
const to = v.pipe(v.string(), v.maxLength(100));

const ProposalSchema = v.variant('type', [
  v.strictObject({ type: v.literal('drag'), figureId, pose: floorPose }),
  v.strictObject({ type: v.literal('drop'), figureId, pose: v.nullable(floorPose) }),
  v.strictObject({ type: v.literal('place'), figureId, pose: floorPose }),
  v.strictObject({ type: v.literal('turn'), figureId, facing: finite }),
  v.strictObject({ type: v.literal('posture'), figureId, posture: v.picklist(POSTURES) }),
]);

const GuestViewSchema = v.strictObject({
  template: v.picklist(PHASE_TEMPLATE_IDS),
  createdAt: v.pipe(finite, v.minValue(0)),
  clientPseudonym: v.pipe(v.string(), v.maxLength(MAX_PSEUDONYM_LENGTH)),
  intention: v.pipe(v.string(), v.maxLength(MAX_INTENTION_LENGTH)),
  elements: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_LABEL_LENGTH))), v.maxLength(MAX_INTENTION_LENGTH)),
  covert: v.boolean(),
  covertOrder: v.pipe(v.array(figureId), v.maxLength(MAX_INTENTION_LENGTH)),
  room: RoomSchema,
  phase,
  notes: v.record(v.pipe(v.string(), v.regex(/^\d{1,2}$/)), text),
  sharingOrder: v.pipe(v.array(figureId), v.maxLength(500)),
  presenting: v.boolean(),
  finished: v.boolean(),
  permission: v.picklist(REMOTE_PERMISSIONS),
  handedOver: v.pipe(v.array(figureId), v.maxLength(500)),
});

/** An uncompressed P-256 public key (65 bytes) in url-safe base64. */
const publicKey = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{87}$/));
/** A 12-byte IV and a wrapped 128-bit key with its tag: 44 bytes, url-safe base64. */
const sealedKey = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{59}$/));
/**
 * A few words sealed between two admission halves: a 12-byte IV, the words, a 16-byte tag. The
 * longest words are a name (up to 4 bytes a character) or "refuse:" and a sender's id.
 */
const SEALED_WORDS_MAX_BYTES = 12 + Math.max(4 * MAX_GUEST_NAME_LENGTH, 4 * MAX_HOST_NAME_LENGTH, 'refuse:'.length + 100) + 16;
const sealedWords = v.pipe(v.string(), v.regex(new RegExp(`^[A-Za-z0-9_-]{38,${Math.ceil((SEALED_WORDS_MAX_BYTES * 4) / 3)}}$`)));

const HostBodySchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('waiting'), to, sealedHostName: sealedWords }),
  v.strictObject({ kind: v.literal('admit'), to, roomKey: v.optional(v.strictObject({ hostKey: publicKey, sealed: sealedKey })) }),
  v.strictObject({ kind: v.literal('refuse'), to, proof: v.optional(sealedWords) }),
  v.strictObject({ kind: v.literal('view'), to, view: GuestViewSchema }),
  v.strictObject({ kind: v.literal('moving'), to, figureId: v.nullable(figureId), pose: v.nullable(floorPose) }),
  v.strictObject({
    kind: v.literal('refused'),
    to,
    proposal: v.picklist(['drag', 'drop', 'place', 'turn', 'posture']),
    reason: v.picklist(['not-admitted', 'no-figure', 'not-permitted', 'moved-by-host', 'frozen']),
  }),
  v.strictObject({
    kind: v.literal('replayPart'),
    to,
    id: idSchema,
    index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_REPLAY_PARTS - 1)),
    count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_REPLAY_PARTS)),
    text: v.pipe(v.string(), v.maxLength(REPLAY_PART_CHARS)),
  }),
  v.strictObject({ kind: v.literal('playhead'), to, id: idSchema, t: v.pipe(finite, v.minValue(0)), playing: v.boolean(), speed: v.picklist(PLAYBACK_SPEEDS) }),
  v.strictObject({ kind: v.literal('replayEnd'), to }),
  v.strictObject({ kind: v.literal('end'), to: v.optional(to), proof: v.optional(sealedWords) }),
  v.strictObject({ kind: v.literal('heartbeat') }),
]);

const GuestBodySchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('knock'), sealedName: sealedWords, admissionKey: publicKey }),
  v.strictObject({ kind: v.literal('propose'), proposal: ProposalSchema }),
  v.strictObject({ kind: v.literal('leave') }),
  v.strictObject({ kind: v.literal('heartbeat') }),
]);

const envelope = <T extends v.GenericSchema>(body: T) =>
  v.strictObject({ seq: v.pipe(v.number(), v.integer(), v.minValue(1)), from: v.pipe(v.string(), v.minLength(1), v.maxLength(100)), body });

const HostEnvelopeSchema = envelope(HostBodySchema);
const GuestEnvelopeSchema = envelope(GuestBodySchema);

// The schemas have checked every field; the casts add only the branded id and unit types.
export function parseHostEnvelope(input: unknown): Envelope<HostBody> | null {
  const result = v.safeParse(HostEnvelopeSchema, input);
  return result.success ? (result.output as unknown as Envelope<HostBody>) : null;
}

export function parseGuestEnvelope(input: unknown): Envelope<GuestBody> | null {
  const result = v.safeParse(GuestEnvelopeSchema, input);
  return result.success ? (result.output as unknown as Envelope<GuestBody>) : null;
}
