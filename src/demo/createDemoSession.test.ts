import { describe, expect, it } from 'vitest';
import { parseSession } from '../domain/format/sessionSchema';
import { englishDemoTexts } from '../domain/format/testSessions';
import { PHASE_TEMPLATES } from '../domain/model/phaseTemplate';
import { isFinished, recordingEnd } from '../domain/recording/recording';
import { indexRecording } from '../domain/replay/recordingIndex';
import { phaseStarts, stateAt } from '../domain/replay/stateAt';
import { CATALOGUES, LANGUAGES } from '../i18n/i18n';
import { figuresInOrder } from '../domain/model/roomState';
import { createDemoSession, demoTextsFrom } from './createDemoSession';

const texts = englishDemoTexts();

describe('the demo session', () => {
  const demo = createDemoSession(texts);
  const index = indexRecording(demo.recording);

  it('is the same every time it is made', () => {
    expect(createDemoSession(texts)).toEqual(demo);
  });

  it('goes through all seven IoPT phases in a few minutes and is finished', () => {
    expect(phaseStarts(index).map((start) => start.phase)).toEqual(PHASE_TEMPLATES.iopt.map((_, i) => i));
    expect(recordingEnd(demo.recording)).toBeGreaterThan(3 * 60_000);
    expect(recordingEnd(demo.recording)).toBeLessThan(10 * 60_000);
    expect(isFinished(demo.recording)).toBe(true);
    expect(demo.info.demo).toBe(true);
  });

  it('holds movement, expressions, notes, a sharing order, statements and releases', () => {
    const count = (type: string) => demo.recording.events.filter((event) => event.type === type).length;
    expect(count('pose')).toBeGreaterThan(200);
    expect(count('expression')).toBe(3);
    expect(count('note')).toBe(3);
    expect(count('statement')).toBe(5);
    expect(count('sharingOrder')).toBe(1);
    const end = stateAt(index, index.durationMs);
    expect([...end.releasedAt.keys()]).toHaveLength(5);
    expect(end.sharingOrder).toHaveLength(5);
    // The room it ends with is the room the recording ends with.
    expect(end.room.order).toEqual(demo.room.order);
    for (const id of demo.room.order) expect(end.room.figures[id]).toEqual(demo.room.figures[id]);
  });

  it('passes the same checks as any session read from storage', () => {
    const parsed = parseSession(JSON.parse(JSON.stringify(demo)));
    expect(parsed.ok).toBe(true);
  });
});

/** "others" in each language: the figure that ends far in the corner must be the same one everywhere. */
const OTHERS = { en: 'others', nb: 'andre', nn: 'andre', da: 'andre', de: 'anderen' } as const;

describe.each(LANGUAGES.map((language) => ({ language })))('the demo in $language', ({ language }) => {
  const messages = CATALOGUES[language];
  const demo = createDemoSession(demoTextsFrom(messages));
  const index = indexRecording(demo.recording);
  const orientation = phaseStarts(index).find((start) => start.phase === PHASE_TEMPLATES.iopt.indexOf('orientation'));
  const room = stateAt(index, orientation?.t ?? 0).room;
  const figures = figuresInOrder(room);
  const client = figures.find((figure) => figure.kind === 'client');
  const distance = (figure: (typeof figures)[number]) => Math.hypot(figure.pose.x - (client?.pose.x ?? 0), figure.pose.z - (client?.pose.z ?? 0));
  const farthest = [...figures].sort((a, b) => distance(b) - distance(a))[0];

  it('has the same figure, the last element ("others"), far in the corner, and its orientation note names it', () => {
    expect(farthest?.label).toBe(OTHERS[language]);
    expect(Math.abs(farthest?.pose.x ?? 0)).toBeGreaterThan(1.5);
    expect(Math.abs(farthest?.pose.z ?? 0)).toBeGreaterThan(1.5);
    expect(messages.demo.notes.orientation).toContain(OTHERS[language]);
  });

  it('gives the words of wanting to come closer to the figure that stands far', () => {
    const told = stateAt(index, index.durationMs).statements;
    expect(farthest && told.get(farthest.id)).toBe(messages.demo.statements[2]);
  });

  it('says that it is shortened', () => {
    expect(messages.demo.explain).toMatch(/minut/i);
  });
});

it('in English, the figure far in the corner wanted to come closer but did not dare', () => {
  const demo = createDemoSession(demoTextsFrom(CATALOGUES.en));
  const index = indexRecording(demo.recording);
  const others = figuresInOrder(demo.room).find((figure) => figure.label === 'others');
  expect(others && stateAt(index, index.durationMs).statements.get(others.id)).toBe('I wanted to come closer but did not dare.');
});
