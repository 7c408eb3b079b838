import { describe, expect, it } from 'vitest';
import { frameTimes, phaseStretches, videoLengthMs } from './videoPlan';

const phases = { times: [0, 10_000, 25_000, 40_000], values: [0, 1, 2, 1] };

describe('phaseStretches', () => {
  it('gives every stretch spent in a chosen phase, a phase entered twice giving two', () => {
    expect(phaseStretches(phases, 60_000, new Set([1]))).toEqual([
      { fromMs: 10_000, toMs: 25_000 },
      { fromMs: 40_000, toMs: 60_000 },
    ]);
  });
  it('joins neighbouring phases into one stretch', () => {
    expect(phaseStretches(phases, 60_000, new Set([0, 1]))).toEqual([
      { fromMs: 0, toMs: 25_000 },
      { fromMs: 40_000, toMs: 60_000 },
    ]);
  });
  it('counts the time before the first phase mark as the first phase', () => {
    expect(phaseStretches({ times: [5_000], values: [1] }, 9_000, new Set([0]))).toEqual([{ fromMs: 0, toMs: 5_000 }]);
  });
  it('gives nothing for a phase never reached', () => {
    expect(phaseStretches(phases, 60_000, new Set([5]))).toEqual([]);
  });
});

describe('frameTimes', () => {
  it('steps through session time at the speed asked, 12 frames a second of video', () => {
    // At 8x one frame covers 666.7 ms of session time: 15 s of session gives 23 frames, under 2 s of video.
    const times = frameTimes([{ fromMs: 10_000, toMs: 25_000 }], 8);
    expect(times).toHaveLength(23);
    expect(times[0]).toBe(10_000);
    expect(times[1]).toBeCloseTo(10_666.67, 1);
    expect(times.at(-1)!).toBeLessThan(25_000);
  });
  it('jumps from one stretch to the next', () => {
    const times = frameTimes(
      [
        { fromMs: 0, toMs: 1_000 },
        { fromMs: 5_000, toMs: 6_000 },
      ],
      1,
      2,
    );
    expect(times).toEqual([0, 500, 5_000, 5_500]);
  });
  it('makes a three-hour session at 8x into under 23 minutes of video', () => {
    const length = videoLengthMs([{ fromMs: 0, toMs: 3 * 3_600_000 }], 8);
    expect(length).toBeCloseTo((3 * 3_600_000) / 8, -2);
  });
});
