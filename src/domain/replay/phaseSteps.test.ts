import { describe, expect, it } from 'vitest';
import { figureId } from '../model/ids';
import { millis } from '../model/units';
import { indexRecording } from './recordingIndex';
import { neighbouringChange, phaseEnd, phaseStarts } from './stateAt';
import { figure, poseEvent, recording } from './testRecordings';

const A = figureId('a');

describe('phases and stepping', () => {
  const rec = recording(
    [figure(A)],
    [
      { type: 'phase', t: millis(100), phase: 2 },
      poseEvent(A, 150, 1, 1, 0, false),
      poseEvent(A, 150, 1, 2, 0, false),
      { type: 'phase', t: millis(200), phase: 1 },
      { type: 'phase', t: millis(300), phase: 2 },
      { type: 'finished', t: millis(900) },
    ],
  );
  const index = indexRecording(rec);

  it('phaseStarts lists when each phase was first entered, in order of time', () => {
    expect(phaseStarts(index)).toEqual([
      { phase: 0, t: 0 },
      { phase: 2, t: 100 },
      { phase: 1, t: 200 },
    ]);
    expect(phaseStarts(indexRecording(recording([figure(A)], [])))).toEqual([{ phase: 0, t: 0 }]);
  });

  it('phaseEnd is when the session last left the phase, or the end of the recording', () => {
    expect(phaseEnd(index, 0)).toBe(100);
    expect(phaseEnd(index, 1)).toBe(300);
    expect(phaseEnd(index, 2)).toBe(900);
    expect(phaseEnd(index, 5)).toBeUndefined();
    expect(index.durationMs).toBe(900);
  });

  it('neighbouringChange steps to the nearest distinct change strictly before or after t', () => {
    expect(index.changeTimes).toEqual([0, 100, 150, 200, 300, 900]);
    expect(neighbouringChange(index, 0, 1)).toBe(100);
    expect(neighbouringChange(index, 100, 1)).toBe(150);
    expect(neighbouringChange(index, 120, 1)).toBe(150);
    expect(neighbouringChange(index, 150, 1)).toBe(200);
    expect(neighbouringChange(index, 900, 1)).toBeUndefined();
    expect(neighbouringChange(index, 150, -1)).toBe(100);
    expect(neighbouringChange(index, 160, -1)).toBe(150);
    expect(neighbouringChange(index, 5000, -1)).toBe(900);
    expect(neighbouringChange(index, 100, -1)).toBe(0);
    expect(neighbouringChange(index, 0, -1)).toBeUndefined();
  });
});
