import { describe, expect, it } from 'vitest';
import { createPlaybackController, type FrameDriver } from './playback';

/** A frame driver stepped by hand, and a clock moved by hand: replay without real time. */
function manual() {
  let now = 0;
  const pending = new Map<number, () => void>();
  let next = 1;
  const driver: FrameDriver = {
    request: (callback) => {
      pending.set(next, callback);
      return next++;
    },
    cancel: (handle) => {
      pending.delete(handle);
    },
  };
  const frame = (ms: number) => {
    now += ms;
    const callbacks = [...pending.values()];
    pending.clear();
    for (const callback of callbacks) callback();
  };
  return { driver, now: () => now, frame, waiting: () => pending.size };
}

describe('the playback controller', () => {
  it('moves the playhead by elapsed time times speed, frame by frame, and tells its listeners', () => {
    const clock = manual();
    const playback = createPlaybackController({ durationMs: 10_000, driver: clock.driver, now: clock.now });
    const heard: [number, boolean][] = [];
    playback.subscribe((time, playing) => heard.push([time, playing]));
    playback.play();
    clock.frame(100);
    clock.frame(100);
    expect(playback.time()).toBe(200);
    playback.setSpeed(4);
    clock.frame(50);
    expect(playback.time()).toBe(400);
    playback.setSpeed(0.25);
    clock.frame(400);
    expect(playback.time()).toBe(500);
    expect(heard[0]).toEqual([0, true]);
    expect(heard.at(-1)).toEqual([500, true]);
  });

  it('stops at the end and asks for no more frames; play again starts from the beginning', () => {
    const clock = manual();
    const playback = createPlaybackController({ durationMs: 1000, driver: clock.driver, now: clock.now });
    playback.play();
    clock.frame(800);
    clock.frame(800);
    expect(playback.time()).toBe(1000);
    expect(playback.isPlaying()).toBe(false);
    expect(clock.waiting()).toBe(0);
    playback.play();
    expect(playback.time()).toBe(0);
    expect(playback.isPlaying()).toBe(true);
  });

  it('pauses without losing its place, and time spent paused is not played', () => {
    const clock = manual();
    const playback = createPlaybackController({ durationMs: 10_000, driver: clock.driver, now: clock.now });
    playback.play();
    clock.frame(300);
    playback.pause();
    expect(clock.waiting()).toBe(0);
    clock.frame(5000);
    expect(playback.time()).toBe(300);
    playback.play();
    clock.frame(100);
    expect(playback.time()).toBe(400);
  });

  it('seeks within the recording only, and a seek while playing goes on from there', () => {
    const clock = manual();
    const playback = createPlaybackController({ durationMs: 2000, driver: clock.driver, now: clock.now, startAt: 500 });
    expect(playback.time()).toBe(500);
    playback.seek(-10);
    expect(playback.time()).toBe(0);
    playback.seek(99_999);
    expect(playback.time()).toBe(2000);
    playback.seek(Number.NaN);
    expect(playback.time()).toBe(0);
    playback.play();
    clock.frame(100);
    playback.seek(1000);
    clock.frame(100);
    expect(playback.time()).toBe(1100);
  });

  it('has nothing to play in an empty recording, and stops listening when disposed', () => {
    const clock = manual();
    const playback = createPlaybackController({ durationMs: 0, driver: clock.driver, now: clock.now });
    let heard = 0;
    playback.subscribe(() => (heard += 1));
    playback.play();
    expect(playback.isPlaying()).toBe(false);
    playback.dispose();
    playback.seek(0);
    expect(heard).toBe(0);
  });
});
