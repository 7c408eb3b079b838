import { describe, expect, it } from 'vitest';
import { figureId } from '../model/ids';
import { millis } from '../model/units';
import type { RecordedEvent } from '../recording/events';
import { changeMoments } from './changeMoments';
import { indexRecording } from './recordingIndex';
import { replayMarks } from './replayMarks';
import { stateAt } from './stateAt';
import { figure, poseEvent, recording } from './testRecordings';

const A = figureId('a');
const B = figureId('b');

const note = (t: number, text: string, phase = 0): RecordedEvent => ({ type: 'note', t: millis(t), phase, text });

/** A recording the recorder is still appending to, as the store holds it. */
function growing() {
  const events: RecordedEvent[] = [
    poseEvent(A, 100, 1, 0, 0, false),
    poseEvent(A, 150, 1.5, 0, 0, true),
    note(200, 'first'),
    poseEvent(B, 300, -1, 1, 90, false),
  ];
  return recording([figure(A), figure(B)], events);
}

describe('the recording index, built once per recording', () => {
  it('is the same index for the same recording while nothing is appended', () => {
    const rec = growing();
    const first = indexRecording(rec);
    expect(indexRecording(rec)).toBe(first);
    // Another recording object over the same events and room (as the store makes on each change) finds it too.
    expect(indexRecording({ initialRoom: rec.initialRoom, events: rec.events })).toBe(first);
  });

  it('is built again once an event is appended, and the old one stays a still picture', () => {
    const rec = growing();
    const before = indexRecording(rec);
    const events = rec.events as RecordedEvent[];
    events.push(poseEvent(A, 400, 2, 2, 180, false), note(500, 'second', 1));
    const after = indexRecording(rec);
    expect(after).not.toBe(before);
    expect(after.durationMs).toBe(500);
    expect(stateAt(after, 500).room.figures[A]?.pose.x).toBe(2);
    // Marks and change moments are worked out on first use; the old index still reads the events it was built from.
    expect(before.durationMs).toBe(300);
    expect(stateAt(before, 500).room.figures[A]?.pose.x).toBe(1.5);
    expect(before.marks).toEqual(replayMarks({ initialRoom: rec.initialRoom, events: events.slice(0, 4) }));
    expect(before.changeTimes).toEqual(changeMoments(events.slice(0, 4)));
    expect(after.marks.map((mark) => mark.t)).toEqual([200, 500]);
    expect(after.markTimes).toEqual([200, 500]);
    expect(after.changeTimes).toEqual(changeMoments(events));
  });

  it('is built anew for another room at the start, even over the same events', () => {
    const rec = growing();
    const first = indexRecording(rec);
    const moved = recording([figure(A, 3), figure(B)], rec.events as RecordedEvent[]);
    const second = indexRecording(moved);
    expect(second).not.toBe(first);
    expect(stateAt(second, 0).room.figures[A]?.pose.x).toBe(3);
  });

  it('gives the same marks and change moments each time they are read', () => {
    const index = indexRecording(growing());
    expect(index.marks).toBe(index.marks);
    expect(index.changeTimes).toBe(index.changeTimes);
    expect(index.changeTimes).toEqual([0, 100, 150, 200, 300]);
  });
});
