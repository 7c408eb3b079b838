import { describe, expect, it } from 'vitest';
import type { Figure } from '../model/figure';
import { type FigureId, figureId } from '../model/ids';
import { createPose, type Posture } from '../model/pose';
import { roomFromFigures } from '../model/roomState';
import { millis } from '../model/units';
import type { FigureAppearance, RecordedEvent } from '../recording/events';
import { indexRecording } from './recordingIndex';
import { replayMarks } from './replayMarks';

const A = figureId('a');
const B = figureId('b');

function figure(id: FigureId, label: string): Figure {
  return { id, kind: 'element', label, colour: 'sage', size: 'adult', released: false, pose: createPose(0, 0, 0) };
}
const look = (label: string, released = false): FigureAppearance => ({ kind: 'element', label, colour: 'sage', size: 'adult', released });
const pose = (id: FigureId, t: number, posture: Posture, joined = false): RecordedEvent => ({
  type: 'pose',
  t: millis(t),
  figureId: id,
  pose: createPose(0.5, 0, 90, posture),
  joined,
});
const marksOf = (events: RecordedEvent[]) => replayMarks({ initialRoom: roomFromFigures([figure(A, 'Eg'), figure(B, 'vil')]), events });

describe('replayMarks', () => {
  it('lists everything said, marked and expressed, in order of time, and none of it expires', () => {
    const marks = marksOf([
      { type: 'phase', t: millis(1_000), phase: 2 },
      { type: 'expression', t: millis(2_000), figureId: A, kind: 'sound', text: 'a sigh' },
      { type: 'arousal', t: millis(3_000), mark: { value: 8 } },
      { type: 'paused', t: millis(4_000) },
      { type: 'resumed', t: millis(4_000) },
      { type: 'note', t: millis(5_000), phase: 2, text: 'quiet' },
      { type: 'sharingOrder', t: millis(5_500), figureIds: [B, A] },
      { type: 'statement', t: millis(6_000), figureId: B, text: 'I felt small.' },
      { type: 'finished', t: millis(9_000) },
    ]);
    expect(marks).toEqual([
      { kind: 'phase', t: 1_000, phase: 2 },
      { kind: 'expression', t: 2_000, figureId: A, label: 'Eg', figureKind: 'element', expression: 'sound', text: 'a sigh', fromClient: false },
      { kind: 'arousal', t: 3_000, mark: { value: 8 } },
      { kind: 'pause', t: 4_000 },
      { kind: 'note', t: 5_000, phase: 2, text: 'quiet' },
      { kind: 'statement', t: 6_000, figureId: B, label: 'vil', figureKind: 'element', text: 'I felt small.', fromClient: false },
    ]);
  });

  it('marks a posture change once, not every sample of a movement in the same posture', () => {
    const marks = marksOf([
      pose(A, 100, 'standing'),
      pose(A, 150, 'standing', true),
      pose(A, 200, 'kneeling'),
      pose(A, 300, 'kneeling'),
      pose(B, 400, 'lying'),
      pose(A, 500, 'standing'),
    ]);
    expect(marks.map((mark) => (mark.kind === 'posture' ? [mark.t, mark.label, mark.posture] : mark.kind))).toEqual([
      [200, 'Eg', 'kneeling'],
      [400, 'vil', 'lying'],
      [500, 'Eg', 'standing'],
    ]);
  });

  it('lists releases in the order the client released them, with the label the figure had then', () => {
    const marks = marksOf([
      { type: 'figureChanged', t: millis(100), figureId: B, appearance: look('vil', true) },
      // A rename of a released figure is not a second release.
      { type: 'figureChanged', t: millis(150), figureId: B, appearance: look('wants', true) },
      { type: 'figureChanged', t: millis(200), figureId: A, appearance: look('Eg', true) },
      { type: 'figureChanged', t: millis(300), figureId: A, appearance: look('I', false) },
    ]);
    expect(marks).toEqual([
      { kind: 'release', t: 100, figureId: B, label: 'vil', figureKind: 'element' },
      { kind: 'release', t: 200, figureId: A, label: 'Eg', figureKind: 'element' },
    ]);
  });

  it('names a figure added during the session, and leaves out notes and statements that were emptied', () => {
    const C = figureId('c');
    const marks = marksOf([
      { type: 'figureAdded', t: millis(100), figureId: C, appearance: { ...look('Mother'), kind: 'person' }, pose: createPose(1, 1, 0) },
      { type: 'expression', t: millis(200), figureId: C, kind: 'emotion', text: '' },
      { type: 'note', t: millis(300), phase: 0, text: '' },
      { type: 'statement', t: millis(400), figureId: C, text: '' },
    ]);
    expect(marks).toEqual([
      { kind: 'expression', t: 200, figureId: C, label: 'Mother', figureKind: 'person', expression: 'emotion', text: '', fromClient: false },
    ]);
  });

  it('takes the edits of one text, typed with pauses, as one mark at the last edit; another mark between keeps both', () => {
    const marks = marksOf([
      { type: 'note', t: millis(100), phase: 1, text: 'The client' },
      { type: 'note', t: millis(900), phase: 1, text: 'The client watched.' },
      { type: 'statement', t: millis(1_000), figureId: A, text: 'I' },
      { type: 'statement', t: millis(1_500), figureId: A, text: 'I felt small.' },
      { type: 'arousal', t: millis(2_000), mark: { value: 3 } },
      { type: 'statement', t: millis(2_500), figureId: A, text: 'I felt small, then safe.' },
      { type: 'note', t: millis(3_000), phase: 1, text: 'Typed' },
      { type: 'note', t: millis(3_500), phase: 1, text: '' },
    ]);
    expect(marks.map((mark) => [mark.t, mark.kind, 'text' in mark ? mark.text : ''])).toEqual([
      [900, 'note', 'The client watched.'],
      [1_500, 'statement', 'I felt small.'],
      [2_000, 'arousal', ''],
      [2_500, 'statement', 'I felt small, then safe.'],
    ]);
  });

  it('is kept in the recording index with the times for seeking', () => {
    const index = indexRecording({
      initialRoom: roomFromFigures([figure(A, 'Eg')]),
      events: [
        { type: 'arousal', t: millis(10), mark: { zone: 'calm' } },
        { type: 'paused', t: millis(30) },
      ],
    });
    expect(index.marks.map((mark) => mark.kind)).toEqual(['arousal', 'pause']);
    expect(index.markTimes).toEqual([10, 30]);
  });

  it('gives what was said and expressed from a figure in resonance to the client, and marks stepping in and out', () => {
    const marks = marksOf([
      { type: 'resonance', t: millis(1_000), figureId: A },
      { type: 'expression', t: millis(1_500), figureId: A, kind: 'sound', text: 'a sigh' },
      { type: 'expression', t: millis(1_600), figureId: B, kind: 'movement', text: '' },
      { type: 'statement', t: millis(2_000), figureId: A, text: 'I am' },
      { type: 'resonance', t: millis(2_500), figureId: B },
      { type: 'statement', t: millis(2_600), figureId: B, text: 'Far' },
      { type: 'resonance', t: millis(3_000), figureId: null },
      // A statement edited after stepping out stays the client's; an expression then is the resonator's.
      { type: 'statement', t: millis(3_500), figureId: B, text: 'Far away' },
      { type: 'statement', t: millis(4_000), figureId: A, text: 'I am here' },
      { type: 'expression', t: millis(4_500), figureId: A, kind: 'sound', text: '' },
    ]);
    expect(marks.map((mark) => [mark.t, mark.kind, 'fromClient' in mark ? mark.fromClient : 'figureId' in mark ? mark.figureId : null])).toEqual([
      [1_000, 'resonance', A],
      [1_500, 'expression', true],
      [1_600, 'expression', false],
      [2_000, 'statement', true],
      [2_500, 'resonance', B],
      [2_600, 'statement', true],
      [3_000, 'resonanceEnd', B],
      [3_500, 'statement', true],
      [4_000, 'statement', true],
      [4_500, 'expression', false],
    ]);
  });

  it('lists the phase and RTT marks, one mark for a list or words edited in a row', () => {
    const marks = marksOf([
      { type: 'wordlessEnded', t: millis(100) },
      { type: 'regulation', t: millis(200), kind: 'exercise', text: 'NRE' },
      { type: 'bodyTone', t: millis(300), tone: 'collapsed' },
      { type: 'resources', t: millis(400), items: ['Breath'] },
      { type: 'resources', t: millis(500), items: ['Breath', 'Feet'] },
      { type: 'leavingRole', t: millis(600), figureId: A, text: 'I' },
      { type: 'leavingRole', t: millis(700), figureId: A, text: 'I am me' },
      { type: 'resources', t: millis(800), items: [] },
    ]);
    expect(marks).toEqual([
      { kind: 'wordlessEnded', t: 100 },
      { kind: 'regulation', t: 200, regulation: 'exercise', text: 'NRE' },
      { kind: 'bodyTone', t: 300, tone: 'collapsed' },
      { kind: 'resources', t: 500, items: ['Breath', 'Feet'] },
      { kind: 'leavingRole', t: 700, figureId: A, label: 'Eg', figureKind: 'element', text: 'I am me' },
    ]);
  });
});
