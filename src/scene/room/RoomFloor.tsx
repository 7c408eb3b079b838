import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { roomFloorGeometry } from './roomFloorGeometry';

/** A click that moved more than this (in pixels) was an orbit, not a click on the floor. */
const CLICK_TOLERANCE_PX = 5;

/**
 * A warm floor, the room's rug within it, and the square board with a darker raised edge,
 * like the wooden family board on a quiet table. Its light is baked in (`roomFloorGeometry`),
 * so it needs no lit material; fog still softens the far floor.
 */
export function RoomFloor({ onEmptyClick }: { onEmptyClick: () => void }) {
  const geometry = useMemo(roomFloorGeometry, []);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <mesh geometry={geometry} onClick={(event: ThreeEvent<MouseEvent>) => event.delta <= CLICK_TOLERANCE_PX && onEmptyClick()}>
      <meshBasicMaterial vertexColors />
    </mesh>
  );
}
