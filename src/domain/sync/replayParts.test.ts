// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { placeFigure } from '../model/figureEdits';
import type { FigureId } from '../model/ids';
import { millis } from '../model/units';
import type { RecordedEvent } from '../recording/events';
import { REPLAY_PART_CHARS } from './messages';
import { replayCollector, replayParts } from './replayParts';
import { syncTestSession } from './testRoom';

/** A session whose recording is long enough to need several parts. */
function longSession() {
  const session = syncTestSession();
  const id = session.room.order[0] as FigureId;
  const events: RecordedEvent[] = Array.from({ length: 3000 }, (_, i) => ({
    type: 'pose',
    t: millis(i * 50),
    figureId: id,
    pose: placeFigure(session.room, id, { x: Math.sin(i) * 2, z: Math.cos(i) * 2, facing: i % 360 }).figures[id]!.pose,
    joined: i > 0,
  }));
  return { ...session, recording: { ...session.recording, events } };
}

describe('a replay sent in parts', () => {
  it('comes back whole and checked, whatever order the parts arrive in and however often', () => {
    const session = longSession();
    const parts = replayParts(session)!;
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.every((part) => part.length <= REPLAY_PART_CHARS)).toBe(true);
    const collector = replayCollector(parts.length);
    const order = parts.map((_, i) => i).reverse();
    const results = [order[0]!, ...order].map((index) => collector.add(index, parts[index]!));
    expect(results.slice(0, -1).every((result) => result === 'waiting')).toBe(true);
    expect(results.at(-1)).toEqual(session);
  });

  it('refuses parts that do not make a session', () => {
    const collector = replayCollector(2);
    expect(collector.add(0, '{"info":')).toBe('waiting');
    expect(collector.add(1, '1}')).toBe('refused');
    const notJson = replayCollector(1);
    expect(notJson.add(0, '{')).toBe('refused');
  });
});
