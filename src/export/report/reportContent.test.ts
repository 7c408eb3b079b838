import { describe, expect, it } from 'vitest';
import type { DiagramShape } from '../../diagram/diagramShapes';
import { replayMarks, type ReplayMark } from '../../domain/replay/replayMarks';
import { millis } from '../../domain/model/units';
import { reportContent, type ReportNaming, thinned } from './reportContent';
import { recordedSession } from './reportFixture';

const naming: ReportNaming = {
  phaseNames: ['Intention', 'Resonance', 'Sharing'],
  wholeSession: 'The session',
  covertName: (number) => `Element ${number}`,
  markText: (mark: ReplayMark) => `${mark.kind}${'text' in mark ? ` ${mark.text}` : ''}${'label' in mark ? ` (${mark.label})` : ''}`,
};

const contentOf = (session = recordedSession().session) => reportContent(session, naming, replayMarks(session.recording));

function trailsOf(shapes: readonly DiagramShape[]): string[] {
  return shapes.flatMap((shape) => (shape.kind === 'group' ? (shape.data?.part === 'trail' ? [shape.data['figure-id'] ?? ''] : trailsOf(shape.children)) : []));
}

function textsOf(shapes: readonly DiagramShape[]): string[] {
  return shapes.flatMap((shape) => (shape.kind === 'group' ? textsOf(shape.children) : shape.kind === 'text' ? [shape.text] : []));
}

describe('reportContent', () => {
  it('has one section per phase reached, in order, each spanning its stretch of session time', () => {
    const content = contentOf();
    expect(content.phases.map(({ name, fromMs, toMs }) => ({ name, fromMs, toMs }))).toEqual([
      { name: 'Intention', fromMs: 0, toMs: 60_000 },
      { name: 'Resonance', fromMs: 60_000, toMs: 200_000 },
      { name: 'Sharing', fromMs: 200_000, toMs: 300_000 },
    ]);
  });

  it('draws a trail only where a figure moved in that phase, and labels every figure', () => {
    const { element } = recordedSession();
    const [first, second, third] = contentOf().phases;
    expect(trailsOf(first?.diagram.children ?? [])).toEqual([]);
    expect(trailsOf(second?.diagram.children ?? [])).toEqual([element]);
    expect(trailsOf(third?.diagram.children ?? [])).toEqual([element]);
    expect(textsOf(second?.diagram.children ?? [])).toEqual(expect.arrayContaining(['Meg', 'trygghet']));
  });

  it('lists statements in the sharing order the client set, not in the order they were said', () => {
    const sharing = contentOf().phases[2];
    expect(sharing?.statements.map((line) => line.text)).toEqual(['statement Jeg er varm (trygghet)', 'statement Jeg står her for deg (Intensjonen)']);
  });

  it('puts each mark in the phase it was made in: notes, expressions, releases and the rest', () => {
    const [first, second, third] = contentOf().phases;
    expect(second?.note).toBe('Klienten så lenge på elementet.\nStille.');
    expect(first?.note).toBe('');
    expect(second?.expressions).toEqual([{ t: 80_000, text: 'expression et dypt sukk (trygghet)' }]);
    expect(second?.otherMarks.map((line) => line.text)).toEqual(['regulation ']);
    expect(third?.releases).toEqual([{ t: 240_000, text: 'release (trygghet)' }]);
    expect(first?.releases).toEqual([]);
  });

  it('cuts the arousal band at the phase edges, and shows nothing before the first mark', () => {
    const [first, second] = contentOf().phases;
    expect(first?.arousal.map(({ fromMs, toMs, zone }) => ({ fromMs, toMs, zone }))).toEqual([{ fromMs: 5_000, toMs: 60_000, zone: 'calm' }]);
    expect(second?.arousal.map(({ fromMs, toMs, zone }) => ({ fromMs, toMs, zone }))).toEqual([
      { fromMs: 60_000, toMs: 90_000, zone: 'calm' },
      { fromMs: 90_000, toMs: 200_000, zone: 'hyper' },
    ]);
    expect(second?.arousalMarks.map((line) => line.t)).toEqual([90_000]);
  });

  it('gives a phase entered twice two sections, its note on the last one', () => {
    const { session } = recordedSession();
    const events = [...session.recording.events];
    events.splice(events.length - 1, 0, { type: 'phase', t: millis(250_000), phase: 1 });
    const content = contentOf({ ...session, recording: { ...session.recording, events } });
    expect(content.phases.map((phase) => phase.name)).toEqual(['Intention', 'Resonance', 'Sharing', 'Resonance']);
    expect(content.phases.map((phase) => phase.note !== '')).toEqual([false, false, false, true]);
  });

  it('makes one section of the whole session when it has no phases', () => {
    const { session } = recordedSession();
    const free = { ...session, recording: { ...session.recording, events: session.recording.events.filter((event) => event.type !== 'phase') } };
    const content = reportContent(free, { ...naming, phaseNames: [] }, replayMarks(free.recording));
    expect(content.phases.map(({ name, fromMs, toMs }) => ({ name, fromMs, toMs }))).toEqual([{ name: 'The session', fromMs: 0, toMs: 300_000 }]);
    expect(content.phases[0]?.statements).toHaveLength(2);
  });
});

describe('thinned', () => {
  it('keeps a short trail whole, and thins a long one evenly to the limit with both ends kept', () => {
    expect(thinned([1, 2, 3], 5)).toEqual([1, 2, 3]);
    const long = Array.from({ length: 1000 }, (_, i) => i);
    const kept = thinned(long, 120);
    expect(kept).toHaveLength(120);
    expect(kept[0]).toBe(0);
    expect(kept[119]).toBe(999);
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
  });
});
