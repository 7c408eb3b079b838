import { describe, expect, it } from 'vitest';
import { figureId } from '../model/ids';
import { createPose } from '../model/pose';
import { EMPTY_ROOM } from '../model/roomState';
import { millis } from '../model/units';
import type { FigureAppearance, RecordedEvent, UnstampedEvent } from '../recording/events';
import type { Recording } from '../recording/recording';
import { ID_PATTERN } from '../format/fieldSchemas';
import { attributions } from './attribution';
import { leavingDraftFigure, leavingDraftKey } from './leavingDraft';
import { indexMethod, methodProgressAt, movedByAt, resonanceAt } from './methodIndex';
import { methodProgressOf, NEW_METHOD_PROGRESS } from './methodProgress';

const sleep = figureId('sleep');
const better = figureId('better');
const pose = createPose(1, 0, 0);
const look = (label: string, released = false): FigureAppearance => ({ kind: 'element', label, colour: 'sky', size: 'adult', released });

/** A recording of the given events, each at its own second. */
function recording(...events: UnstampedEvent[]): Recording {
  return {
    initialRoom: EMPTY_ROOM,
    events: [
      { type: 'figureAdded', t: millis(0), figureId: sleep, appearance: look('sleep'), pose },
      { type: 'figureAdded', t: millis(0), figureId: better, appearance: look('better'), pose },
      ...events.map((event, i) => ({ ...event, t: millis((i + 1) * 1000) }) as RecordedEvent),
    ],
  };
}

describe('one-to-one resonance', () => {
  it('is with one figure at a time: stepping into another ends the first, and stepping out ends it', () => {
    const index = indexMethod(
      recording({ type: 'resonance', figureId: sleep }, { type: 'resonance', figureId: better }, { type: 'resonance', figureId: null }),
    );
    expect([0, 1000, 1500, 2000, 3000, 9000].map((t) => resonanceAt(index, t))).toEqual([null, sleep, sleep, better, null, null]);
  });

  it('ends when the figure is released or taken out of the room', () => {
    const released = recording({ type: 'resonance', figureId: sleep }, { type: 'figureChanged', figureId: sleep, appearance: look('sleep', true) });
    expect(methodProgressOf(released.events).resonance).toBeNull();
    const removed = recording({ type: 'resonance', figureId: better }, { type: 'figureRemoved', figureId: better });
    expect(resonanceAt(indexMethod(removed), 2000)).toBeNull();
    const renamedOther = recording({ type: 'resonance', figureId: better }, { type: 'figureChanged', figureId: sleep, appearance: look('rest', true) });
    expect(methodProgressOf(renamedOther.events).resonance).toBe(better);
  });
});

describe('attribution', () => {
  it("gives a figure's expressions to the client while in resonance with it, and its statement once any edit of it was", () => {
    const spoken = attributions(
      recording(
        { type: 'expression', figureId: sleep, kind: 'sound', text: 'sigh' },
        { type: 'resonance', figureId: sleep },
        { type: 'expression', figureId: sleep, kind: 'movement', text: 'turns away' },
        { type: 'statement', figureId: better, text: 'I stayed back' },
        { type: 'statement', figureId: sleep, text: 'I am so tired' },
        { type: 'resonance', figureId: null },
        { type: 'statement', figureId: sleep, text: 'I am so tired.' },
        { type: 'expression', figureId: sleep, kind: 'sound', text: 'yawn' },
        { type: 'statement', figureId: sleep, text: '' },
        { type: 'statement', figureId: sleep, text: 'Rest' },
      ),
    );
    expect(spoken.map(({ event, speaker }) => [event.type, event.t, speaker])).toEqual([
      ['expression', 1000, { by: 'resonator', figureId: sleep }],
      ['expression', 3000, { by: 'client', from: sleep }],
      ['statement', 4000, { by: 'resonator', figureId: better }],
      ['statement', 5000, { by: 'client', from: sleep }],
      // The client's statement stays the client's when the therapist finishes typing it after the client stepped out.
      ['statement', 7000, { by: 'client', from: sleep }],
      ['expression', 8000, { by: 'resonator', figureId: sleep }],
      ['statement', 9000, { by: 'resonator', figureId: sleep }],
      ['statement', 10000, { by: 'resonator', figureId: sleep }],
    ]);
  });
});

describe('who moved a figure', () => {
  it('reads from the pose samples, holding between movements', () => {
    const index = indexMethod(
      recording(
        { type: 'pose', figureId: sleep, pose, joined: false, movedBy: 'client' },
        { type: 'pose', figureId: sleep, pose, joined: false, movedBy: 'resonance' },
        { type: 'pose', figureId: sleep, pose, joined: false },
      ),
    );
    expect([500, 1000, 2500, 3000].map((t) => movedByAt(index, sleep, t))).toEqual([null, 'client', 'resonance', null]);
    expect(movedByAt(index, better, 3000)).toBeNull();
  });

  it('remembers the choice per figure until it is changed', () => {
    const progress = methodProgressOf(
      recording(
        { type: 'mover', figureId: sleep, movedBy: 'resonance' },
        { type: 'mover', figureId: better, movedBy: 'client' },
        { type: 'mover', figureId: sleep, movedBy: 'client' },
      ).events,
    );
    expect(progress.movers).toEqual({ [sleep]: 'client', [better]: 'client' });
  });
});

describe('the phase and RTT marks', () => {
  it('keeps the last list of resources, the body tone, the leaving words as they now read, and when the wordless phase ended', () => {
    const events = recording(
      { type: 'wordlessEnded' },
      { type: 'bodyTone', tone: 'tense' },
      { type: 'leavingRole', figureId: sleep, text: 'I am' },
      { type: 'leavingRole', figureId: sleep, text: 'I am myself again' },
      { type: 'leavingRole', figureId: better, text: 'gone' },
      { type: 'leavingRole', figureId: better, text: '' },
      { type: 'resources', items: ['Long out-breath'] },
      { type: 'resources', items: ['Long out-breath', 'Feet on the floor'] },
      { type: 'bodyTone', tone: 'hypotone' },
    );
    expect(methodProgressOf(events.events)).toEqual({
      ...NEW_METHOD_PROGRESS,
      wordlessEndedAtMs: 1000,
      bodyTone: 'hypotone',
      leavingRole: { [sleep]: 'I am myself again' },
      resources: ['Long out-breath', 'Feet on the floor'],
    });
    expect(methodProgressAt(indexMethod(events), 2500).bodyTone).toBe('tense');
    expect(methodProgressAt(indexMethod(events), 500)).toEqual(NEW_METHOD_PROGRESS);
  });

  it('returns the same progress for events that change nothing of it, so pose samples cost nothing', () => {
    const before = methodProgressOf(recording({ type: 'resonance', figureId: sleep }).events);
    expect(methodProgressOf([{ type: 'pose', t: millis(9000), figureId: sleep, pose, joined: true }], before)).toBe(before);
  });
});

describe('the leaving words as a draft', () => {
  it('are kept under a key no figure id can take, and name their figure again', () => {
    const key = leavingDraftKey(sleep);
    expect(key).not.toMatch(ID_PATTERN);
    expect(leavingDraftFigure(key)).toBe(sleep);
    expect(leavingDraftFigure(sleep)).toBeNull();
  });
});
