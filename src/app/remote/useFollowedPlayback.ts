import { useEffect, useState } from 'react';
import { createPlaybackController, type FrameDriver, type PlaybackController } from '../../domain/replay/playback';
import { followPlayhead } from '../../domain/sync/followPlayhead';
import type { ResonansStore } from '../../store/createStore';
import { useResonans } from '../../store/StoreContext';
import type { ReplayView } from '../../store/storeTypes';

const animationFrames: FrameDriver = {
  request: (callback) => requestAnimationFrame(() => callback()),
  cancel: (handle) => cancelAnimationFrame(handle),
};
const monotonic = () => performance.now();

/**
 * The supervisor's playback of a presented replay: the room moves frame by frame on this
 * browser's clock and keeps to the therapist's playhead, which the guest room writes into the
 * store as it comes (domain/sync/followPlayhead.ts). Nothing here writes back: the supervisor
 * only follows.
 */
export function useFollowedPlayback(store: ResonansStore, driver: FrameDriver = animationFrames, now: () => number = monotonic): PlaybackController | null {
  const index = useResonans((state) => state.replay?.index ?? null);
  const [playback, setPlayback] = useState<PlaybackController | null>(null);
  useEffect(() => {
    if (!index) return;
    const controller = createPlaybackController({ durationMs: index.durationMs, driver, now, startAt: store.getState().replay?.t ?? 0 });
    const follow = (replay: ReplayView) => {
      const next = followPlayhead({ t: controller.time(), playing: controller.isPlaying(), speed: controller.speed() }, replay);
      if (next.speed !== controller.speed()) controller.setSpeed(next.speed);
      if (next.seekTo !== null) controller.seek(next.seekTo);
      if (next.playing) controller.play();
      else controller.pause();
    };
    const shown = store.getState().replay;
    if (shown) follow(shown);
    const stop = store.subscribe((state, previous) => {
      if (state.replay && state.replay !== previous.replay && state.replay.index === index) follow(state.replay);
    });
    setPlayback(controller);
    return () => {
      stop();
      controller.dispose();
      setPlayback(null);
    };
  }, [store, index, driver, now]);
  return playback;
}
