// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { FigureId } from '../model/ids';
import { NEW_PROGRESS } from '../recording/progress';
import { guestViewOf } from './guestView';
import type { Envelope, GuestBody, HostBody } from './messages';
import { parseGuestEnvelope, parseHostEnvelope } from './messageSchema';
import { syncTestSession } from './testRoom';

/** A P-256 public key's length in url-safe base64, as a knock carries it. */
const KEY = 'A'.repeat(87);
/** Stands for a name sealed for the host: the channel and the schema see only its shape. */
const sealed = (name: string) => name.padEnd(40, '0');

const session = syncTestSession({ covert: true });
const view = guestViewOf(
  { session: session.info, room: session.room, progress: { ...NEW_PROGRESS, notes: { 3: 'shown' } }, covert: true, presenting: true },
  { permission: 'handedOver', handedOver: [session.room.order[0]!], shownNotes: [3], showPseudonym: false },
);
/** What arrives: the message after a trip through JSON, as the other browser sent it. */
const overTheWire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('messages that arrive', () => {
  it('pass when the other side wrote them', () => {
    const host: Envelope<HostBody>[] = [
      { seq: 1, from: 'h', body: { kind: 'waiting', to: 'g', sealedHostName: sealed('Anna') } },
      { seq: 2, from: 'h', body: { kind: 'view', to: 'g', view } },
      { seq: 3, from: 'h', body: { kind: 'moving', to: 'g', figureId: 'f-1' as FigureId, pose: { x: 1, z: 2, facing: 3 } } },
      { seq: 4, from: 'h', body: { kind: 'end' } },
      { seq: 5, from: 'h', body: { kind: 'refuse', to: 'g', proof: sealed('refuseg') } },
      { seq: 6, from: 'h', body: { kind: 'end', to: 'g', proof: sealed('endg') } },
    ];
    for (const envelope of host) expect(parseHostEnvelope(overTheWire(envelope))).toEqual(overTheWire(envelope));
    const guest: Envelope<GuestBody>[] = [
      { seq: 1, from: 'g', body: { kind: 'knock', sealedName: sealed('Kari'), admissionKey: KEY } },
      { seq: 2, from: 'g', body: { kind: 'propose', proposal: { type: 'drop', figureId: 'f-1' as FigureId, pose: null } } },
      { seq: 3, from: 'g', body: { kind: 'propose', proposal: { type: 'posture', figureId: 'f-1' as FigureId, posture: 'lying' } } },
    ];
    for (const envelope of guest) expect(parseGuestEnvelope(overTheWire(envelope))).toEqual(envelope);
  });

  it('are refused when a field is wrong, missing or more than the protocol names', () => {
    const refused = [
      { seq: 0, from: 'g', body: { kind: 'knock', sealedName: sealed('Kari'), admissionKey: KEY } },
      { seq: 1, from: '', body: { kind: 'knock', sealedName: sealed('Kari'), admissionKey: KEY } },
      { seq: 1, from: 'g', body: { kind: 'knock', sealedName: sealed('Kari'), admissionKey: KEY, extra: 1 } },
      // A name in the clear, which anyone holding the link could read, is not the protocol; nor is a seal too short to hold one.
      { seq: 1, from: 'g', body: { kind: 'knock', name: 'Kari', admissionKey: KEY } },
      { seq: 1, from: 'g', body: { kind: 'knock', sealedName: 'short', admissionKey: KEY } },
      { seq: 1, from: 'g', body: { kind: 'propose', proposal: { type: 'place', figureId: '__proto__', pose: { x: 0, z: 0, facing: 0 } } } },
      { seq: 1, from: 'g', body: { kind: 'propose', proposal: { type: 'turn', figureId: 'f-1', facing: null } } },
      { seq: 1, from: 'g', body: { kind: 'view', to: 'h', view } },
      'not a message',
    ];
    for (const input of refused) expect(parseGuestEnvelope(overTheWire(input))).toBeNull();
    expect(
      parseHostEnvelope(overTheWire({ seq: 1, from: 'h', body: { kind: 'view', to: 'g', view: { ...view, room: { figures: {}, order: ['x'] } } } })),
    ).toBeNull();
    expect(parseHostEnvelope(overTheWire({ seq: 1, from: 'h', body: { kind: 'knock', sealedName: sealed('x'), admissionKey: KEY } }))).toBeNull();
  });
});
