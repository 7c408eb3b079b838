import { OrthographicCamera } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useRef } from 'react';
import type { OrthographicCamera as OrthographicCameraImpl } from 'three';
import { topViewPixelsPerMetre } from '../topView';

/** The 2D top view: straight down, the back of the room at the top of the screen, the whole room in sight. */
export function TopCamera() {
  const camera = useRef<OrthographicCameraImpl>(null);
  const width = useThree((state) => state.size.width);
  const height = useThree((state) => state.size.height);
  const invalidate = useThree((state) => state.invalidate);
  const zoom = topViewPixelsPerMetre(width, height);
  useLayoutEffect(() => {
    const current = camera.current;
    if (!current) return;
    current.up.set(0, 0, -1);
    current.position.set(0, 20, 0);
    current.lookAt(0, 0, 0);
    current.zoom = zoom;
    current.updateProjectionMatrix();
    invalidate();
  }, [zoom, invalidate]);
  return <OrthographicCamera ref={camera} makeDefault near={0.1} far={60} />;
}
