import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createResonansStore } from '../../store/createStore';
import { redo, undo } from '../../store/history';
import { type FigureId, counterIds } from '../model/ids';
import { type Session, createSession } from '../model/session';
import { epochMillis } from '../model/units';
import { EventsSchema, RecordedEventSchema } from './recordingSchema';
import { RecordingSchema, parseSession } from './sessionSchema';

/** A session lived through in the real store: every kind of event, at increasing times. */
function recordedSession(): Session {
  let wall = 1_700_000_000_000;
  const store = createResonansStore({ ids: counterIds('added'), now: () => epochMillis(wall) });
  const session = createSession(
    { clientPseudonym: 'K', intention: 'Eg vil sove betre', template: 'iopt', elements: ['Eg', 'vil'] },
    { client: 'Me', intention: 'Intention' },
    { ids: counterIds('s'), now: () => epochMillis(1) },
  );
  store.getState().openSession(session);
  const s = () => store.getState();
  const [a, b] = session.room.order as [FigureId, FigureId];
  const tick = () => {
    wall += 137;
  };
  s().goToPhase(1);
  tick();
  s().previewDrag(a, { x: 1, z: -1, facing: 350 });
  tick();
  s().previewDrag(a, { x: 1.5, z: -1.2, facing: 20 });
  tick();
  s().endDrag(true);
  s().nudgeFigure(b, -0.3, 0.1);
  tick();
  undo(store);
  tick();
  redo(store);
  tick();
  const added = s().addFigure('person', 'child', 'Mor')!;
  s().renameFigure(added, 'Mormor');
  s().recolourFigure(added, 'rose');
  tick();
  s().markExpression(a, 'emotion', 'sorg');
  s().markArousal({ zone: 'hyper' });
  s().markArousal({ value: 6.5 });
  s().pauseRecording();
  tick();
  s().resumeRecording();
  s().setNote(1, 'Notat «med» teikn: æøå 😊');
  s().setSharingOrder([b, a, added]);
  s().setStatement(b, 'Det var tungt');
  s().releaseFigure(added);
  tick();
  s().removeFigure(added);
  s().finishSession();
  return { info: session.info, room: s().room, recording: s().recording! };
}

const event = (value: Record<string, unknown>) => v.safeParse(RecordedEventSchema, value).success;
const events = (value: unknown[]) => v.safeParse(EventsSchema, value).success;
const pose = { x: 0, z: 0, facing: 0, posture: 'standing' };

describe('the recording schema', () => {
  it('accepts every event the store records, after a round trip through JSON', () => {
    const session = recordedSession();
    const types = new Set(session.recording.events.map((e) => e.type));
    expect([...types].sort()).toEqual(
      [
        'arousal',
        'expression',
        'figureAdded',
        'figureChanged',
        'figureRemoved',
        'finished',
        'note',
        'paused',
        'phase',
        'pose',
        'resumed',
        'sharingOrder',
        'statement',
      ].sort(),
    );
    const json = JSON.parse(JSON.stringify(session.recording)) as unknown;
    const result = v.safeParse(RecordingSchema, json);
    expect(result.issues).toBeUndefined();
    expect(result.success).toBe(true);
    // And the whole session comes back equal to what the store held.
    const parsed = parseSession(JSON.parse(JSON.stringify(session)));
    expect(parsed).toEqual({ ok: true, value: session });
  });

  it('accepts events at the same time and an empty list', () => {
    expect(
      events([
        { type: 'paused', t: 5 },
        { type: 'resumed', t: 5 },
      ]),
    ).toBe(true);
    expect(events([])).toBe(true);
  });

  it('refuses events out of order of time, naming the problem', () => {
    const result = v.safeParse(EventsSchema, [
      { type: 'phase', t: 100, phase: 1 },
      { type: 'phase', t: 200, phase: 2 },
      { type: 'phase', t: 150, phase: 3 },
    ]);
    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.message).toMatch(/order of time/);
  });

  it('refuses times that are NaN, infinite, negative or not numbers', () => {
    for (const t of [Number.NaN, Number.POSITIVE_INFINITY, -1, '5', null, undefined]) {
      expect(event({ type: 'paused', t })).toBe(false);
    }
    expect(event({ type: 'paused', t: 0 })).toBe(true);
    // NaN would otherwise slip through the order check, since every comparison with it is false.
    expect(
      events([
        { type: 'paused', t: 10 },
        { type: 'resumed', t: Number.NaN },
      ]),
    ).toBe(false);
  });

  it('refuses unknown event types and missing fields', () => {
    expect(event({ type: 'teleport', t: 0, figureId: 'a' })).toBe(false);
    expect(event({ t: 0 })).toBe(false);
    expect(event({ type: 'pose', t: 0, figureId: 'a', pose })).toBe(false);
    expect(event({ type: 'pose', t: 0, figureId: 'a', pose, joined: true })).toBe(true);
    expect(event({ type: 'figureAdded', t: 0, figureId: 'a', pose })).toBe(false);
  });

  it('refuses texts over 10,000 characters in notes, expressions and statements', () => {
    const long = 'x'.repeat(10_001);
    const limit = 'x'.repeat(10_000);
    expect(event({ type: 'note', t: 0, phase: 0, text: limit })).toBe(true);
    expect(event({ type: 'note', t: 0, phase: 0, text: long })).toBe(false);
    expect(event({ type: 'expression', t: 0, figureId: 'a', kind: 'text', text: limit })).toBe(true);
    expect(event({ type: 'expression', t: 0, figureId: 'a', kind: 'text', text: long })).toBe(false);
    expect(event({ type: 'statement', t: 0, figureId: 'a', text: limit })).toBe(true);
    expect(event({ type: 'statement', t: 0, figureId: 'a', text: long })).toBe(false);
  });

  it('refuses poses off the floor, phases that are not small whole numbers and arousal out of 0 to 10', () => {
    expect(event({ type: 'pose', t: 0, figureId: 'a', pose: { ...pose, x: 3.01 }, joined: false })).toBe(false);
    expect(event({ type: 'pose', t: 0, figureId: 'a', pose: { ...pose, facing: Number.NaN }, joined: false })).toBe(false);
    expect(event({ type: 'pose', t: 0, figureId: 'a', pose: { ...pose, posture: 'flying' }, joined: false })).toBe(false);
    expect(event({ type: 'phase', t: 0, phase: 1.5 })).toBe(false);
    expect(event({ type: 'phase', t: 0, phase: -1 })).toBe(false);
    expect(event({ type: 'phase', t: 0, phase: 51 })).toBe(false);
    expect(event({ type: 'arousal', t: 0, mark: { value: 10 } })).toBe(true);
    expect(event({ type: 'arousal', t: 0, mark: { value: 10.5 } })).toBe(false);
    expect(event({ type: 'arousal', t: 0, mark: { zone: 'panic' } })).toBe(false);
    expect(event({ type: 'expression', t: 0, figureId: 'a', kind: 'dance', text: '' })).toBe(false);
    expect(event({ type: 'figureRemoved', t: 0, figureId: '' })).toBe(false);
    expect(event({ type: 'sharingOrder', t: 0, figureIds: Array.from({ length: 501 }, (_, i) => `f${i}`) })).toBe(false);
  });

  it('refuses an appearance with an unknown colour or an empty label', () => {
    const appearance = { kind: 'person', label: 'Mor', colour: 'sand', size: 'adult', released: false };
    expect(event({ type: 'figureChanged', t: 0, figureId: 'a', appearance })).toBe(true);
    expect(event({ type: 'figureChanged', t: 0, figureId: 'a', appearance: { ...appearance, colour: 'neon' } })).toBe(false);
    expect(event({ type: 'figureChanged', t: 0, figureId: 'a', appearance: { ...appearance, label: '' } })).toBe(false);
    expect(event({ type: 'figureChanged', t: 0, figureId: 'a', appearance: { ...appearance, released: 'yes' } })).toBe(false);
  });

  it('parseSession names the event that is wrong', () => {
    const session = JSON.parse(JSON.stringify(recordedSession())) as { recording: { events: { t: unknown }[] } };
    session.recording.events[3]!.t = -5;
    const parsed = parseSession(session);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem).toMatch(/^recording\.events\.3\.t/);
  });

  it('parseSession gives a session kept without a recording one made from its room', () => {
    const { info, room } = JSON.parse(JSON.stringify(recordedSession())) as Session;
    const parsed = parseSession({ info, room });
    expect(parsed.ok && parsed.value.recording).toEqual({ initialRoom: parsed.ok ? parsed.value.room : null, events: [] });
    expect(parsed.ok && parsed.value.room.order.length).toBeGreaterThan(0);
  });
});
