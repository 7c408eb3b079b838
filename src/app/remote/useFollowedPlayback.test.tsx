import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { FrameDriver } from '../../domain/replay/playback';
import { FOLLOW_DRIFT_MS } from '../../domain/sync/followPlayhead';
import { StoreProvider } from '../../store/StoreContext';
import { replayedGuestStore } from '../../ui/remote/fakeRooms';
import { useFollowedPlayback } from './useFollowedPlayback';

/** Frames stepped by hand, on a clock the test moves. */
function handFrames() {
  const waiting = new Map<number, () => void>();
  let next = 0;
  const clock = { ms: 0 };
  const driver: FrameDriver = {
    request: (callback) => {
      waiting.set((next += 1), callback);
      return next;
    },
    cancel: (handle) => void waiting.delete(handle),
  };
  const step = (ms: number) => {
    clock.ms += ms;
    const due = [...waiting.values()];
    waiting.clear();
    due.forEach((callback) => callback());
  };
  return { driver, now: () => clock.ms, step };
}

function follow() {
  const store = replayedGuestStore();
  const frames = handFrames();
  const wrapper = ({ children }: { children: ReactNode }) => <StoreProvider store={store}>{children}</StoreProvider>;
  const { result, unmount } = renderHook(() => useFollowedPlayback(store, frames.driver, frames.now), { wrapper });
  const therapist = (t: number, playing: boolean) => act(() => store.getState().showReplayTime(t, playing));
  return { store, frames, playback: () => result.current!, therapist, unmount };
}

describe('the supervisor’s playback', () => {
  it('stands where the therapist pauses, and plays on by itself between the therapist’s messages', () => {
    const { playback, therapist, frames } = follow();
    expect(playback().time()).toBe(0);
    therapist(66_000, false);
    expect(playback().time()).toBe(66_000);
    expect(playback().isPlaying()).toBe(false);

    therapist(3000, true);
    expect(playback().isPlaying()).toBe(true);
    frames.step(100);
    frames.step(100);
    expect(playback().time()).toBe(3200);
    // The therapist's message, a little behind: no jerk back.
    therapist(3150, true);
    expect(playback().time()).toBe(3200);
    // A seek far away: followed at once.
    therapist(3200 + FOLLOW_DRIFT_MS * 10, true);
    expect(playback().time()).toBe(3200 + FOLLOW_DRIFT_MS * 10);
  });

  it('plays at the therapist’s speed and writes nothing back', () => {
    const { store, playback, therapist, frames } = follow();
    act(() => store.getState().setReplaySpeed(4));
    therapist(1000, true);
    frames.step(100);
    expect(playback().speed()).toBe(4);
    expect(playback().time()).toBe(1400);
    expect(store.getState().replay).toMatchObject({ t: 1000, playing: true });
  });

  it('stops with the replay', () => {
    const { store, playback, therapist, unmount } = follow();
    therapist(1000, true);
    const first = playback();
    act(() => store.getState().closeReplay());
    expect(first.isPlaying()).toBe(false);
    unmount();
  });
});
