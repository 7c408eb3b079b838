import { PerspectiveCamera } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { PerspectiveCamera as PerspectiveCameraImpl } from 'three';
import type { FigureSize } from '../../domain/model/figure';
import type { FigureId } from '../../domain/model/ids';
import { facingDirection, type Pose } from '../../domain/model/pose';
import { newCursor } from '../../domain/replay/cursor';
import { poseAtCursor } from '../../domain/replay/stateAt';
import { usePlayback } from '../../store/PlaybackContext';
import { selectShownLook, selectShownPose } from '../../store/selectors';
import { useResonans } from '../../store/StoreContext';
import { MOVE_BEFORE_LABELS } from '../figure/opacity';
import { EYE_HEIGHT_METRES } from '../sceneUnits';

const nothing = () => undefined;

/**
 * The room as one figure sees it: from its eyes, looking where it faces, following it as it moves.
 * In replay the eyes follow the playhead frame by frame, as the figure does (`useReplayMotion`),
 * so the camera neither renders React per step nor lags behind the panels' ten steps a second.
 */
export function FigureEyesCamera({ id }: { id: FigureId }) {
  const camera = useRef<PerspectiveCameraImpl>(null);
  const playback = usePlayback();
  const track = useResonans((state) => state.replay?.index.tracks.get(id));
  const followed = playback !== null && track !== undefined;
  const shownLook = useMemo(() => selectShownLook(id), [id]);
  const size: FigureSize = useResonans((state) => shownLook(state)?.size) ?? 'adult';
  const pose = useResonans(followed ? nothing : selectShownPose(id));
  const invalidate = useThree((state) => state.invalidate);
  const cursor = useRef(newCursor());

  const lookFrom = useCallback(
    (at: Pose) => {
      const current = camera.current;
      if (!current) return;
      const eye = EYE_HEIGHT_METRES[size];
      const direction = facingDirection(at.facing);
      current.position.set(at.x, eye, at.z);
      current.lookAt(at.x + direction.x, eye * 0.8, at.z + direction.z);
    },
    [size],
  );

  useLayoutEffect(() => {
    if (!pose) return;
    lookFrom(pose);
    invalidate();
  }, [pose, lookFrom, invalidate]);

  useEffect(() => {
    if (!followed) return;
    cursor.current = newCursor();
    invalidate();
    return playback.subscribe(() => invalidate());
  }, [followed, playback, track, lookFrom, invalidate]);

  useFrame(() => {
    if (!followed) return;
    const at = poseAtCursor(track, playback.time(), cursor.current);
    if (at) lookFrom(at);
  }, MOVE_BEFORE_LABELS);

  return <PerspectiveCamera ref={camera} makeDefault fov={70} near={0.05} far={60} />;
}
