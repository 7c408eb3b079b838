import { describe, expect, it } from 'vitest';
import { FOLLOW_DRIFT_MS, followPlayhead } from './followPlayhead';

describe('following the therapist’s playhead', () => {
  it('shows the very moment the therapist paused on', () => {
    expect(followPlayhead({ t: 4000, playing: true, speed: 1 }, { t: 4010, playing: false, speed: 1 })).toEqual({ seekTo: 4010, playing: false, speed: 1 });
    expect(followPlayhead({ t: 4010, playing: false, speed: 1 }, { t: 4010, playing: false, speed: 1 }).seekTo).toBeNull();
  });

  it('lets a small drift run while both play, and puts a seek or a large drift right', () => {
    expect(followPlayhead({ t: 5040, playing: true, speed: 1 }, { t: 5000, playing: true, speed: 1 }).seekTo).toBeNull();
    expect(followPlayhead({ t: 5000 + FOLLOW_DRIFT_MS + 1, playing: true, speed: 1 }, { t: 5000, playing: true, speed: 1 }).seekTo).toBe(5000);
    // The therapist jumped to another phase.
    expect(followPlayhead({ t: 5000, playing: true, speed: 1 }, { t: 90_000, playing: true, speed: 1 }).seekTo).toBe(90_000);
  });

  it('allows more drift at a higher speed, and none when it starts playing', () => {
    expect(followPlayhead({ t: 5400, playing: true, speed: 4 }, { t: 5000, playing: true, speed: 4 })).toEqual({ seekTo: null, playing: true, speed: 4 });
    expect(followPlayhead({ t: 5040, playing: false, speed: 1 }, { t: 5000, playing: true, speed: 1 })).toEqual({ seekTo: 5000, playing: true, speed: 1 });
  });

  it('keeps to the speeds a replay offers and to times that exist', () => {
    expect(followPlayhead({ t: 0, playing: false, speed: 1 }, { t: Number.NaN, playing: false, speed: 3 })).toEqual({ seekTo: null, playing: false, speed: 1 });
    expect(followPlayhead({ t: 10, playing: false, speed: 1 }, { t: -5, playing: false, speed: 0.5 })).toEqual({ seekTo: 0, playing: false, speed: 0.5 });
  });
});
