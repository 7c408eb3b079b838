import { PerspectiveCamera } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useRef } from 'react';
import type { PerspectiveCamera as PerspectiveCameraImpl } from 'three';
import type { FigureId } from '../../domain/model/ids';
import { facingDirection } from '../../domain/model/pose';
import { selectFigure, selectShownPose } from '../../store/selectors';
import { useResonans } from '../../store/StoreContext';
import { EYE_HEIGHT_METRES } from '../sceneUnits';

/** The room as one figure sees it: from its eyes, looking where it faces, following it as it moves. */
export function FigureEyesCamera({ id }: { id: FigureId }) {
  const camera = useRef<PerspectiveCameraImpl>(null);
  const figure = useResonans(selectFigure(id));
  const pose = useResonans(selectShownPose(id));
  const invalidate = useThree((state) => state.invalidate);
  const size = figure?.size ?? 'adult';
  useLayoutEffect(() => {
    const current = camera.current;
    if (!current || !pose) return;
    const eye = EYE_HEIGHT_METRES[size];
    const direction = facingDirection(pose.facing);
    current.position.set(pose.x, eye, pose.z);
    current.lookAt(pose.x + direction.x, eye * 0.8, pose.z + direction.z);
    invalidate();
  }, [pose, size, invalidate]);
  return <PerspectiveCamera ref={camera} makeDefault fov={70} near={0.05} far={60} />;
}
