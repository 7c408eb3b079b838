import { describe, expect, it } from 'vitest';
import { createResonansStore } from '../../store/createStore';
import { type FigureId, counterIds, figureId } from '../model/ids';
import { createPose } from '../model/pose';
import { createSession } from '../model/session';
import { epochMillis, millis } from '../model/units';
import type { RecordedEvent } from '../recording/events';
import { changeMoments } from './changeMoments';
import { indexRecording } from './recordingIndex';
import { neighbouringChange } from './stateAt';

const A = figureId('a');
const B = figureId('b');
const sample = (id: FigureId, t: number, x: number, joined: boolean): RecordedEvent => ({
  type: 'pose',
  t: millis(t),
  figureId: id,
  pose: createPose(x, 0, 0),
  joined,
});

describe('changeMoments', () => {
  it('counts a movement once, at its pick-up and its last sample, not at every sample between', () => {
    const events = [
      sample(A, 100, 0, false),
      sample(A, 150, 0.1, true),
      sample(A, 200, 0.2, true),
      sample(A, 250, 0.3, true),
      { type: 'phase', t: millis(900), phase: 1 } as RecordedEvent,
    ];
    expect(changeMoments(events)).toEqual([0, 100, 250, 900]);
  });

  it('keeps the end of each figure’s movement when two figures move at once', () => {
    const events = [
      sample(A, 100, 0, false),
      sample(B, 120, 0, false),
      sample(A, 150, 0.1, true),
      sample(B, 170, 0.1, true),
      sample(A, 200, 0.2, true),
      sample(B, 220, 0.2, true),
      sample(B, 270, 0.3, true),
    ];
    expect(changeMoments(events)).toEqual([0, 100, 120, 200, 270]);
  });

  it('keeps every keyboard step and every change that is not a movement sample', () => {
    const events: RecordedEvent[] = [
      sample(A, 100, 0.1, false),
      sample(A, 200, 0.2, false),
      { type: 'arousal', t: millis(200), mark: { value: 4 } },
      { type: 'paused', t: millis(300) },
    ];
    expect(changeMoments(events)).toEqual([0, 100, 200, 300]);
  });

  it('is sorted and distinct even when a file’s events are out of time order', () => {
    const events: RecordedEvent[] = [
      { type: 'phase', t: millis(500), phase: 1 },
      { type: 'phase', t: millis(300), phase: 2 },
      { type: 'phase', t: millis(500), phase: 3 },
    ];
    expect(changeMoments(events)).toEqual([0, 300, 500]);
  });
});

describe('stepping through an RTT session from change to change', () => {
  it('every press moves forward, past a slow drag in two steps, and reaches the end', () => {
    let wall = 1_000;
    const store = createResonansStore({ ids: counterIds('f'), now: () => epochMillis(wall) });
    const session = createSession(
      { clientPseudonym: 'Bo', intention: 'Angst', template: 'rtt', elements: [] },
      { client: 'Me', intention: 'Theme' },
      { ids: counterIds('s'), now: () => epochMillis(1) },
    );
    store.getState().openSession(session);
    const s = () => store.getState();
    const me = s().room.order[0];
    if (!me) throw new Error('the session has no client figure');
    wall += 31_000;
    s().markArousal({ value: 8 });
    // A drag of five seconds: a hundred samples at 20 Hz.
    for (let i = 1; i <= 100; i += 1) {
      wall += 50;
      s().previewDrag(me, { x: i / 100, z: 0, facing: 0 });
    }
    s().endDrag(true);
    wall += 4_000;
    s().markArousal({ value: 5 });
    wall += 2_000;
    s().goToPhase(1);
    const recording = s().recording;
    if (!recording) throw new Error('no recording');
    const index = indexRecording(recording);

    const visited = [0];
    for (let step = 0; step < 50; step += 1) {
      const next = neighbouringChange(index, visited[visited.length - 1] ?? 0, 1);
      if (next === undefined) break;
      visited.push(next);
    }
    // Start, the first mark, the pick-up, the end of the drag, the second mark, the phase.
    expect(visited).toEqual([0, 31_000, 31_050, 36_000, 40_000, 42_000]);
    expect(visited[visited.length - 1]).toBe(index.durationMs);
    const back = [index.durationMs];
    for (let step = 0; step < 50; step += 1) {
      const previous = neighbouringChange(index, back[back.length - 1] ?? 0, -1);
      if (previous === undefined) break;
      back.push(previous);
    }
    expect(back).toEqual([...visited].reverse());
  });
});
