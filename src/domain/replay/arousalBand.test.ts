import { describe, expect, it } from 'vitest';
import type { ArousalMark } from '../recording/events';
import { arousalStretches, arousalZoneOf } from './arousalBand';
import type { Timeline } from './timeline';

const timeline = (entries: [number, ArousalMark][]): Timeline<ArousalMark> => ({ times: entries.map(([t]) => t), values: entries.map(([, mark]) => mark) });

describe('arousalZoneOf', () => {
  it('reads 0–3 as hypo, 4–6 as the calm window, 7–10 as hyper, and a marked zone as it is', () => {
    expect([0, 3, 4, 6, 7, 10].map((value) => arousalZoneOf({ value }))).toEqual(['hypo', 'hypo', 'calm', 'calm', 'hyper', 'hyper']);
    expect(arousalZoneOf({ zone: 'hyper' })).toBe('hyper');
  });
});

describe('arousalStretches', () => {
  it('holds each mark until the next one and the last until the end; nothing before the first', () => {
    const stretches = arousalStretches(
      timeline([
        [1_000, { value: 8 }],
        [4_000, { zone: 'calm' }],
      ]),
      [],
      10_000,
    );
    expect(stretches.map(({ fromMs, toMs, zone }) => [fromMs, toMs, zone])).toEqual([
      [1_000, 4_000, 'hyper'],
      [4_000, 10_000, 'calm'],
    ]);
  });

  it('cuts a stretch at every break, so each break shows as a gap', () => {
    const stretches = arousalStretches(timeline([[1_000, { value: 2 }]]), [6_000, 3_000, 500], 8_000);
    expect(stretches.map(({ fromMs, toMs, zone }) => [fromMs, toMs, zone])).toEqual([
      [1_000, 3_000, 'hypo'],
      [3_000, 6_000, 'hypo'],
      [6_000, 8_000, 'hypo'],
    ]);
  });

  it('keeps a mark made at the very end, as a stretch of no length', () => {
    expect(arousalStretches(timeline([[5_000, { value: 5 }]]), [], 5_000)).toEqual([{ fromMs: 5_000, toMs: 5_000, zone: 'calm', mark: { value: 5 } }]);
  });
});
