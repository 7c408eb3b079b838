import { OrbitControls, PerspectiveCamera } from '@react-three/drei';
import { type ComponentRef, useRef } from 'react';
import { ROOM_HALF_SIZE } from '../../domain/model/room';
import { ROOM_CAMERA_FOV_DEGREES, ROOM_CAMERA_POSITION, ROOM_CAMERA_TARGET } from './roomCameraPlacement';

/**
 * The 3D view: orbit, zoom and pan, within limits so the room can never be lost: the camera
 * stays above the floor, between 2.5 m and 14 m from what it looks at, and looks at the room.
 */
export function RoomCamera() {
  const controls = useRef<ComponentRef<typeof OrbitControls>>(null);
  const keepTargetInRoom = () => {
    const target = controls.current?.target;
    if (!target) return;
    target.x = Math.max(-ROOM_HALF_SIZE, Math.min(ROOM_HALF_SIZE, target.x));
    target.z = Math.max(-ROOM_HALF_SIZE, Math.min(ROOM_HALF_SIZE, target.z));
    target.y = Math.max(0, Math.min(1.5, target.y));
  };
  return (
    <>
      <PerspectiveCamera makeDefault position={ROOM_CAMERA_POSITION} fov={ROOM_CAMERA_FOV_DEGREES} near={0.05} far={100} />
      <OrbitControls
        ref={controls}
        makeDefault
        target={ROOM_CAMERA_TARGET}
        minDistance={2.5}
        maxDistance={14}
        minPolarAngle={0.05}
        maxPolarAngle={Math.PI / 2 - 0.12}
        enableDamping={false}
        onChange={keepTargetInRoom}
      />
    </>
  );
}
