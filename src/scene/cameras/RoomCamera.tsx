import { OrbitControls, PerspectiveCamera } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { type ComponentRef, useLayoutEffect, useRef } from 'react';
import type { PerspectiveCamera as PerspectiveCameraImpl } from 'three';
import { ROOM_HALF_SIZE } from '../../domain/model/room';
import { useResonans } from '../../store/StoreContext';
import { ROOM_CAMERA_FOV_DEGREES, ROOM_CAMERA_POSITION, ROOM_CAMERA_TARGET } from './roomCameraPlacement';

/**
 * How far the camera may tilt from straight above, in radians. At most 62° from above (28°
 * over the floor): lower, figures hide each other and the board reads as a strip.
 */
export const ROOM_CAMERA_MAX_TILT_RADIANS = (62 * Math.PI) / 180;

/**
 * The 3D view: orbit, zoom and pan, within limits so the room can never be lost: the camera
 * stays well above the floor, between 2.5 m and 14 m from what it looks at, and looks at the
 * room. "Reset view" (`viewResets` in the store) brings it back to where it started.
 */
export function RoomCamera() {
  const camera = useRef<PerspectiveCameraImpl>(null);
  const controls = useRef<ComponentRef<typeof OrbitControls>>(null);
  const resets = useResonans((state) => state.viewResets);
  const invalidate = useThree((state) => state.invalidate);
  const keepTargetInRoom = () => {
    const target = controls.current?.target;
    if (!target) return;
    target.x = Math.max(-ROOM_HALF_SIZE, Math.min(ROOM_HALF_SIZE, target.x));
    target.z = Math.max(-ROOM_HALF_SIZE, Math.min(ROOM_HALF_SIZE, target.z));
    target.y = Math.max(0, Math.min(1.5, target.y));
  };
  useLayoutEffect(() => {
    if (resets === 0 || !camera.current || !controls.current) return;
    camera.current.position.set(...ROOM_CAMERA_POSITION);
    controls.current.target.set(...ROOM_CAMERA_TARGET);
    controls.current.update();
    invalidate();
  }, [resets, invalidate]);
  return (
    <>
      <PerspectiveCamera ref={camera} makeDefault position={ROOM_CAMERA_POSITION} fov={ROOM_CAMERA_FOV_DEGREES} near={0.05} far={100} />
      <OrbitControls
        ref={controls}
        makeDefault
        target={ROOM_CAMERA_TARGET}
        minDistance={2.5}
        maxDistance={14}
        minPolarAngle={0.05}
        maxPolarAngle={ROOM_CAMERA_MAX_TILT_RADIANS}
        enableDamping={false}
        onChange={keepTargetInRoom}
      />
    </>
  );
}
