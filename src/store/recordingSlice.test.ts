import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSession } from '../domain/format/sessionSchema';
import { type FigureId, counterIds, figureId } from '../domain/model/ids';
import { PHASE_TEMPLATES, type PhaseTemplateId } from '../domain/model/phaseTemplate';
import { type Session, createSession } from '../domain/model/session';
import { epochMillis } from '../domain/model/units';
import { AROUSAL_ZONES, EXPRESSION_KINDS, type RecordedEvent } from '../domain/recording/events';
import { NEW_PROGRESS, progressOf } from '../domain/recording/progress';
import { type ResonansStore, createResonansStore } from './createStore';

function newSession(template: PhaseTemplateId = 'iopt', prefix = 's'): Session {
  return createSession(
    { clientPseudonym: 'K', intention: 'Jeg vil tåle nærhet', template, elements: ['Jeg', 'vil', 'tåle', 'nærhet'] },
    { client: 'Meg', intention: 'Intensjon' },
    { ids: counterIds(prefix), now: () => epochMillis(1) },
  );
}

function setup(template: PhaseTemplateId = 'iopt') {
  let wall = 1_700_000_000_000;
  const store = createResonansStore({ ids: counterIds('added'), now: () => epochMillis(wall) });
  const session = newSession(template);
  store.getState().openSession(session);
  return {
    store,
    session,
    ids: [...session.room.order] as [FigureId, FigureId, ...FigureId[]],
    advance: (ms: number) => {
      wall += ms;
    },
    events: () => store.getState().recording!.events,
    s: () => store.getState(),
  };
}

/** The last event recorded, without its time. */
function lastEvent(store: ResonansStore): Omit<RecordedEvent, 't'> | undefined {
  const events = store.getState().recording!.events;
  const last = events[events.length - 1];
  if (!last) return undefined;
  const { t: _t, ...rest } = last;
  return rest;
}

describe('a newly opened session', () => {
  it('starts at the first phase with nothing written or marked', () => {
    const { s } = setup();
    expect(s().progress).toEqual(NEW_PROGRESS);
    expect(s().recordedCount).toBe(0);
  });
});

describe('goToPhase', () => {
  it('records the phase at the session time and makes it the current phase', () => {
    const { s, advance, events } = setup();
    advance(2500);
    s().goToPhase(2);
    expect(events()).toEqual([{ type: 'phase', t: 2500, phase: 2 }]);
    expect(s().progress.phase).toBe(2);
    expect(s().recordedCount).toBe(1);
    s().goToPhase(0);
    expect(s().progress.phase).toBe(0);
    expect(events()).toHaveLength(2);
  });

  it('records nothing when the phase is the current one', () => {
    const { s, events } = setup();
    s().goToPhase(0);
    s().goToPhase(3);
    s().goToPhase(3);
    expect(events().map((event) => event.type)).toEqual(['phase']);
  });

  it.each([
    ['iopt', PHASE_TEMPLATES.iopt.length],
    ['rtt', PHASE_TEMPLATES.rtt.length],
    ['family', PHASE_TEMPLATES.family.length],
  ] as const)('ignores phases outside the %s template (%i phases)', (template, count) => {
    const { s, events } = setup(template);
    s().goToPhase(-1);
    s().goToPhase(count);
    s().goToPhase(count + 10);
    expect(events()).toEqual([]);
    expect(s().progress.phase).toBe(0);
    s().goToPhase(count - 1);
    expect(s().progress.phase).toBe(count - 1);
    expect(events()).toEqual([{ type: 'phase', t: 0, phase: count - 1 }]);
  });

  it("has no phases to go to in the 'free' template", () => {
    const { s, events } = setup('free');
    for (const phase of [-1, 0, 1, 2]) s().goToPhase(phase);
    expect(events()).toEqual([]);
    expect(s().progress.phase).toBe(0);
  });
});

describe('words and marks', () => {
  it('setNote records the whole note of a phase and keeps it in the progress', () => {
    const { s, store, advance } = setup();
    s().setNote(0, 'Klienten');
    advance(100);
    s().setNote(0, 'Klienten puster');
    s().setNote(3, 'Orientering');
    expect(s().recording!.events.slice(1)).toEqual([
      { type: 'note', t: 100, phase: 0, text: 'Klienten puster' },
      { type: 'note', t: 100, phase: 3, text: 'Orientering' },
    ]);
    expect(s().progress.notes).toEqual({ 0: 'Klienten puster', 3: 'Orientering' });
    s().setNote(0, 'Klienten puster');
    expect(s().recordedCount).toBe(3);
    expect(lastEvent(store)).toEqual({ type: 'note', phase: 3, text: 'Orientering' });
  });

  it('setNote with an empty text for a phase without a note records nothing', () => {
    const { s } = setup();
    s().setNote(2, '');
    expect(s().recordedCount).toBe(0);
  });

  it('markExpression records the expression of a figure in the room, trimmed', () => {
    const { s, ids, store, advance } = setup();
    advance(40);
    s().markExpression(ids[1], 'sound', '  a deep sigh ');
    expect(s().recording!.events).toEqual([{ type: 'expression', t: 40, figureId: ids[1], kind: 'sound', text: 'a deep sigh' }]);
    // An expression is a moment, not progress.
    expect(s().progress).toEqual(NEW_PROGRESS);
    s().markExpression(figureId('nobody'), 'emotion', 'anger');
    expect(s().recordedCount).toBe(1);
    expect(lastEvent(store)).toMatchObject({ figureId: ids[1] });
  });

  it('markArousal records a zone or a value and keeps the last mark', () => {
    const { s, store } = setup();
    s().markArousal({ zone: 'hyper' });
    expect(lastEvent(store)).toEqual({ type: 'arousal', mark: { zone: 'hyper' } });
    expect(s().progress.arousal).toEqual({ zone: 'hyper' });
    s().markArousal({ value: 4 });
    expect(lastEvent(store)).toEqual({ type: 'arousal', mark: { value: 4 } });
    expect(s().progress.arousal).toEqual({ value: 4 });
    expect(s().recordedCount).toBe(2);
  });

  it('setSharingOrder records the order the client chose', () => {
    const { s, ids, store } = setup();
    const order = [ids[3]!, ids[1], ids[2]!];
    s().setSharingOrder(order);
    expect(lastEvent(store)).toEqual({ type: 'sharingOrder', figureIds: order });
    expect(s().progress.sharingOrder).toEqual(order);
  });

  it('setStatement records what a resonator said, once per change', () => {
    const { s, ids, store } = setup();
    s().setStatement(ids[2]!, 'Det var tungt');
    s().setStatement(ids[2]!, 'Det var tungt');
    s().setStatement(ids[3]!, 'Lett');
    expect(s().recordedCount).toBe(2);
    expect(lastEvent(store)).toEqual({ type: 'statement', figureId: ids[3], text: 'Lett' });
    expect(s().progress.statements).toEqual({ [ids[2]!]: 'Det var tungt', [ids[3]!]: 'Lett' });
  });

  it('releaseFigure marks the figure released, unselects it, and the change is recorded', () => {
    const { s, ids, store } = setup();
    s().select(ids[2]!);
    s().releaseFigure(ids[2]!);
    expect(s().room.figures[ids[2]!]?.released).toBe(true);
    expect(s().selectedFigureId).toBeNull();
    expect(lastEvent(store)).toMatchObject({ type: 'figureChanged', figureId: ids[2], appearance: { released: true } });
    s().releaseFigure(ids[2]!);
    expect(s().recordedCount).toBe(1);
    // Releasing another figure keeps the selection.
    s().select(ids[0]);
    s().releaseFigure(ids[1]);
    expect(s().selectedFigureId).toBe(ids[0]);
  });

  it('pauseRecording, resumeRecording and finishSession record their events; finishing is progress', () => {
    const { s, advance, events } = setup();
    advance(100);
    s().pauseRecording();
    expect(s().progress.finished).toBe(false);
    advance(100);
    s().resumeRecording();
    advance(100);
    s().finishSession();
    expect(events()).toEqual([
      { type: 'paused', t: 100 },
      { type: 'resumed', t: 100 },
      { type: 'finished', t: 200 },
    ]);
    expect(s().progress.finished).toBe(true);
  });

  it('records nothing without an open session', () => {
    const store = createResonansStore({ ids: counterIds('x'), now: () => epochMillis(0) });
    store.getState().goToPhase(1);
    store.getState().markArousal({ zone: 'calm' });
    store.getState().pauseRecording();
    store.getState().finishSession();
    expect(store.getState().recording).toBeNull();
    expect(store.getState().recordedCount).toBe(0);
  });
});

/* ---------- progress read back from the recording ---------- */

type Step =
  | { kind: 'phase'; phase: number }
  | { kind: 'note'; phase: number; text: string }
  | { kind: 'expression'; figure: number; text: string; which: number }
  | { kind: 'arousal'; zone: number | null; value: number }
  | { kind: 'sharing'; order: number[] }
  | { kind: 'statement'; figure: number; text: string }
  | { kind: 'nudge'; figure: number }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'finish' };

// Non-empty texts only: emptying a text again is reported as a known difference (see the report).
const text = fc.constantFrom('Eg', 'tungt', 'Det var lett å stå der', 'sukk', 'ro');
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('phase' as const), phase: fc.integer({ min: -1, max: 8 }) }),
  fc.record({ kind: fc.constant('note' as const), phase: fc.nat({ max: 6 }), text }),
  fc.record({ kind: fc.constant('expression' as const), figure: fc.nat({ max: 5 }), text, which: fc.nat({ max: EXPRESSION_KINDS.length - 1 }) }),
  fc.record({ kind: fc.constant('arousal' as const), zone: fc.option(fc.nat({ max: AROUSAL_ZONES.length - 1 })), value: fc.integer({ min: 0, max: 10 }) }),
  fc.record({ kind: fc.constant('sharing' as const), order: fc.uniqueArray(fc.nat({ max: 5 }), { maxLength: 6 }) }),
  fc.record({ kind: fc.constant('statement' as const), figure: fc.nat({ max: 5 }), text }),
  fc.record({ kind: fc.constant('nudge' as const), figure: fc.nat({ max: 5 }) }),
  fc.constant({ kind: 'pause' as const }),
  fc.constant({ kind: 'resume' as const }),
  fc.constant({ kind: 'finish' as const }),
);

describe('progressOf', () => {
  it('reads back, from a saved and reopened recording, the progress the store had', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 3000 }), stepArb), { maxLength: 30 }), (steps) => {
        const { s, ids, advance, session } = setup();
        const id = (n: number) => ids[n % ids.length]!;
        for (const [ms, step] of steps) {
          advance(ms);
          switch (step.kind) {
            case 'phase':
              s().goToPhase(step.phase);
              break;
            case 'note':
              s().setNote(step.phase, step.text);
              break;
            case 'expression':
              s().markExpression(id(step.figure), EXPRESSION_KINDS[step.which]!, step.text);
              break;
            case 'arousal':
              s().markArousal(step.zone === null ? { value: step.value } : { zone: AROUSAL_ZONES[step.zone]! });
              break;
            case 'sharing':
              s().setSharingOrder(step.order.map(id));
              break;
            case 'statement':
              s().setStatement(id(step.figure), step.text);
              break;
            case 'nudge':
              s().nudgeFigure(id(step.figure), 0.25, -0.25);
              break;
            case 'pause':
              s().pauseRecording();
              break;
            case 'resume':
              s().resumeRecording();
              break;
            case 'finish':
              // Finishing ends what can be recorded; it is tried last below.
              break;
          }
        }
        if (steps.some(([, step]) => step.kind === 'finish')) s().finishSession();
        const before = s().progress;
        expect(progressOf(s().recording!)).toEqual(before);

        // Kept as a file or in storage (JSON), checked, and opened in a new store.
        const parsed = parseSession(JSON.parse(JSON.stringify({ info: session.info, room: s().room, recording: s().recording })));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const store = createResonansStore({ ids: counterIds('again'), now: () => epochMillis(5) });
        store.getState().openSession(parsed.value);
        expect(store.getState().progress).toEqual(before);
        expect(store.getState().recordedCount).toBe(s().recordedCount);
      }),
      { numRuns: 150 },
    );
  });
});

describe('a finished session and values the file format would refuse', () => {
  it('records nothing more once finished, and the room no longer changes', () => {
    const { ids, events, s, advance } = setup();
    s().finishSession();
    const count = events().length;
    const room = s().room;
    advance(1000);
    s().goToPhase(2);
    s().setNote(0, 'late');
    s().markExpression(ids[2]!, 'sound', 'late');
    s().markArousal({ zone: 'calm' });
    s().setSharingOrder([ids[2]!]);
    s().setStatement(ids[2]!, 'late');
    s().releaseFigure(ids[2]!);
    s().resumeRecording();
    s().nudgeFigure(ids[2]!, 0.1, 0);
    expect(s().addFigure('person', 'adult', 'late')).toBeNull();
    expect(events()).toHaveLength(count);
    expect(s().room).toBe(room);
    expect(s().progress.phase).toBe(0);
  });

  it('keeps texts, arousal values, phases and the sharing order within what a saved file may hold', () => {
    const { store, ids, s } = setup();
    s().setNote(0, 'x'.repeat(20_000));
    s().setStatement(ids[2]!, 'y'.repeat(20_000));
    s().markExpression(ids[2]!, 'text', 'z'.repeat(20_000));
    s().markArousal({ value: 11 });
    s().goToPhase(1.5);
    s().goToPhase(Number.NaN);
    s().setSharingOrder(Array.from({ length: 600 }, () => ids[2]!));
    expect(s().progress.notes[0]).toHaveLength(10_000);
    expect(s().progress.arousal).toEqual({ value: 10 });
    expect(s().progress.phase).toBe(0);
    expect(s().progress.sharingOrder).toHaveLength(500);
    const { session, room, recording } = store.getState();
    const saved = JSON.parse(JSON.stringify({ info: session, room, recording }));
    expect(parseSession(saved).ok).toBe(true);
  });

  it('reads an emptied note back as no note', () => {
    const { store, s } = setup();
    s().setNote(0, 'a');
    s().setNote(0, '');
    expect(s().progress.notes).toEqual({});
    expect(progressOf(store.getState().recording!).notes).toEqual({});
  });
});
