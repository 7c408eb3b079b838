import { useFrame, useThree } from '@react-three/fiber';
import { type RefObject, useEffect, useRef } from 'react';
import type { Object3D } from 'three';
import type { FigureId } from '../../domain/model/ids';
import { newCursor, valueAtCursor } from '../../domain/replay/cursor';
import { poseAtCursor, releaseTime } from '../../domain/replay/stateAt';
import { usePlayback } from '../../store/PlaybackContext';
import { useResonans } from '../../store/StoreContext';
import type { LivePose } from '../gestures/useFigureGesture';
import { MOVE_BEFORE_LABELS, RELEASE_FADE_MS, setFigureOpacity } from '../figure/opacity';

/**
 * In replay, a figure follows the recording frame by frame: its pose at the playhead (smooth
 * within a movement, still between movements) and its fading when released. Nothing here
 * renders React; it writes to the figure's objects and asks for the next frame while playing.
 */
export function useReplayMotion(id: FigureId, root: RefObject<Object3D | null>, showPose: (pose: LivePose) => void): boolean {
  const playback = usePlayback();
  const track = useResonans((state) => state.replay?.index.tracks.get(id));
  const invalidate = useThree((state) => state.invalidate);
  const shownAt = useRef<number | null>(null);
  // One cursor per timeline: while playing, each frame finds its sample by stepping on from the last.
  const cursors = useRef({ poses: newCursor(), presence: newCursor(), looks: newCursor() });
  const active = playback !== null && track !== undefined;

  useEffect(() => {
    if (!playback) return;
    shownAt.current = null;
    cursors.current = { poses: newCursor(), presence: newCursor(), looks: newCursor() };
    // Every tick of the controller asks for a frame; the frame reads the playhead.
    return playback.subscribe(() => invalidate());
  }, [playback, invalidate, track]);

  useFrame(() => {
    if (!playback || !track) return;
    const t = playback.time();
    if (shownAt.current === t) return;
    shownAt.current = t;
    const cursor = cursors.current;
    const pose = poseAtCursor(track, t, cursor.poses);
    if (pose) showPose(pose);
    const present = valueAtCursor(track.presence, t, cursor.presence) === true;
    const look = valueAtCursor(track.looks, t, cursor.looks);
    let opacity = present ? 1 : 0;
    if (present && look?.released) opacity = Math.max(0, 1 - (t - releaseTime(track, t)) / RELEASE_FADE_MS);
    setFigureOpacity(root.current, opacity);
  }, MOVE_BEFORE_LABELS);

  return active;
}
