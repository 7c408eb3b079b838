import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../model/figure';
import { type FigureId, figureId } from '../model/ids';
import { createPose } from '../model/pose';
import { roomFromFigures } from '../model/roomState';
import { millis } from '../model/units';
import type { RecordedEvent } from '../recording/events';
import { indexRecording } from './recordingIndex';
import { stateAt } from './stateAt';

const IDS = [figureId('a'), figureId('b'), figureId('c')] as const;

const figure = (id: FigureId, x: number): Figure => ({
  id,
  kind: 'person',
  label: `label ${id}`,
  colour: 'sage',
  size: 'adult',
  released: false,
  pose: createPose(x, 0, 0),
});

const eventArb: fc.Arbitrary<(t: number) => RecordedEvent> = fc.oneof(
  fc
    .record({ who: fc.constantFrom(...IDS), x: fc.integer({ min: -3, max: 3 }), joined: fc.boolean() })
    .map(({ who, x, joined }) => (t: number): RecordedEvent => ({ type: 'pose', t: millis(t), figureId: who, pose: createPose(x, 1, 90), joined })),
  fc
    .record({ who: fc.constantFrom(...IDS), released: fc.boolean(), label: fc.constantFrom('Mor', 'Far') })
    .map(({ who, released, label }) => (t: number): RecordedEvent => ({
      type: 'figureChanged',
      t: millis(t),
      figureId: who,
      appearance: { kind: 'person', label, colour: 'sage', size: 'adult', released },
    })),
  fc.constantFrom(...IDS).map((who) => (t: number): RecordedEvent => ({ type: 'figureRemoved', t: millis(t), figureId: who })),
  fc.nat({ max: 6 }).map((phase) => (t: number): RecordedEvent => ({ type: 'phase', t: millis(t), phase })),
  fc.constantFrom('', 'Ja', 'Nei').map((text) => (t: number): RecordedEvent => ({ type: 'statement', t: millis(t), figureId: IDS[0], text })),
);

const recordingArb = fc.array(fc.record({ after: fc.integer({ min: 0, max: 300 }), event: eventArb }), { maxLength: 30 }).map((steps) => {
  let t = 0;
  return {
    initialRoom: roomFromFigures([figure(IDS[0], 0), figure(IDS[1], 1)]),
    events: steps.map(({ after, event }) => event((t += after))),
  };
});

const playheadArb = fc.array(fc.integer({ min: -50, max: 400 }), { minLength: 2, maxLength: 30 });

describe('stateAt given the state shown before', () => {
  it('shows the same room as without it, and the very same figure objects where nothing changed', () => {
    fc.assert(
      fc.property(recordingArb, playheadArb, (recording, steps) => {
        const index = indexRecording(recording);
        let t = 0;
        let shown = stateAt(index, t);
        for (const step of steps) {
          t = Math.max(0, t + step);
          const fresh = stateAt(index, t);
          const next = stateAt(index, t, shown);
          expect(next).toEqual(fresh);
          for (const id of next.room.order) {
            const was = shown.room.figures[id];
            const now = next.room.figures[id];
            // Equal content is the same object; changed content a new one.
            if (was && now) expect(was === now).toBe(JSON.stringify(was) === JSON.stringify(now));
          }
          if (JSON.stringify(shown.room) === JSON.stringify(next.room)) expect(next.room).toBe(shown.room);
          shown = next;
        }
      }),
    );
  });

  it('keeps a figure standing still while another glides', () => {
    const [a, b] = IDS;
    const index = indexRecording({
      initialRoom: roomFromFigures([figure(a, 0), figure(b, 1)]),
      events: [
        { type: 'pose', t: millis(100), figureId: a, pose: createPose(0, 0, 0), joined: false },
        { type: 'pose', t: millis(1000), figureId: a, pose: createPose(2, 0, 0), joined: true },
      ],
    });
    const before = stateAt(index, 200);
    const after = stateAt(index, 300, before);
    expect(after.room.figures[a]?.pose.x).toBeGreaterThan(before.room.figures[a]?.pose.x ?? Infinity);
    expect(after.room.figures[b]).toBe(before.room.figures[b]);
    expect(after.room).not.toBe(before.room);
    // After the movement nothing changes any more: the whole room is the one shown before.
    const still = stateAt(index, 1200);
    const later = stateAt(index, 1600, still);
    expect(later.room).toBe(still.room);
    expect(later.statements).toBe(still.statements);
    expect(later.sharingOrder).toBe(still.sharingOrder);
  });
});
