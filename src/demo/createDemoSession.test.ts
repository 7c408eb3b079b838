import { describe, expect, it } from 'vitest';
import { parseSession } from '../domain/format/sessionSchema';
import { englishDemoTexts } from '../domain/format/testSessions';
import { PHASE_TEMPLATES } from '../domain/model/phaseTemplate';
import { isFinished, recordingEnd } from '../domain/recording/recording';
import { indexRecording } from '../domain/replay/recordingIndex';
import { phaseStarts, stateAt } from '../domain/replay/stateAt';
import { createDemoSession } from './createDemoSession';

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
