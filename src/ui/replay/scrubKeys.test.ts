import { describe, expect, it } from 'vitest';
import { figureId } from '../../domain/model/ids';
import { createPose } from '../../domain/model/pose';
import { roomFromFigures } from '../../domain/model/roomState';
import { millis } from '../../domain/model/units';
import { indexRecording } from '../../domain/replay/recordingIndex';
import { scrubTarget } from './scrubKeys';

const A = figureId('a');
const index = indexRecording({
  initialRoom: roomFromFigures([{ id: A, kind: 'client', label: 'Me', colour: 'sage', size: 'adult', released: false, pose: createPose(0, 0, 0) }]),
  events: [
    { type: 'arousal', t: millis(31_000), mark: { value: 7 } },
    { type: 'pose', t: millis(31_500), figureId: A, pose: createPose(0.1, 0, 0), joined: false },
    { type: 'pose', t: millis(31_550), figureId: A, pose: createPose(0.2, 0, 0), joined: true },
    { type: 'pose', t: millis(31_600), figureId: A, pose: createPose(0.3, 0, 0), joined: true },
    { type: 'phase', t: millis(60_000), phase: 1 },
  ],
});

describe('scrubTarget', () => {
  it('steps a second with the arrows and ten with Shift, within the recording', () => {
    expect(scrubTarget(index, 5_000, 'ArrowRight', false)).toBe(6_000);
    expect(scrubTarget(index, 5_000, 'ArrowUp', true)).toBe(15_000);
    expect(scrubTarget(index, 5_000, 'ArrowLeft', false)).toBe(4_000);
    expect(scrubTarget(index, 5_000, 'ArrowDown', true)).toBe(0);
    expect(scrubTarget(index, 59_500, 'ArrowRight', false)).toBe(60_000);
  });

  it('goes from change to change with Page Down and Page Up, over a movement in two steps', () => {
    expect(scrubTarget(index, 0, 'PageDown', false)).toBe(31_000);
    expect(scrubTarget(index, 31_000, 'PageDown', false)).toBe(31_500);
    expect(scrubTarget(index, 31_500, 'PageDown', false)).toBe(31_600);
    expect(scrubTarget(index, 31_600, 'PageDown', false)).toBe(60_000);
    expect(scrubTarget(index, 60_000, 'PageDown', false)).toBe(60_000);
    expect(scrubTarget(index, 40_000, 'PageUp', false)).toBe(31_600);
    expect(scrubTarget(index, 0, 'PageUp', false)).toBe(0);
  });

  it('goes to the start and the end with Home and End, and leaves other keys to the browser', () => {
    expect(scrubTarget(index, 40_000, 'Home', false)).toBe(0);
    expect(scrubTarget(index, 40_000, 'End', false)).toBe(60_000);
    expect(scrubTarget(index, 40_000, 'Tab', false)).toBeNull();
  });
});
