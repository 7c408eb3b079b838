import type { ThreeEvent } from '@react-three/fiber';

const HIGHLIGHT = '#d9a441';
export const TURN_HANDLE_RADIUS_METRES = 0.46;

/** A warm ring on the floor around the selected figure. */
export function SelectionRing() {
  return (
    <mesh position={[0, 0.006, 0]} rotation={[-Math.PI / 2, 0, 0]}>
      <ringGeometry args={[0.27, 0.32, 48]} />
      <meshBasicMaterial color={HIGHLIGHT} transparent opacity={0.9} depthWrite={false} />
    </mesh>
  );
}

/**
 * The handle to turn a figure: a thin circle with a knob in front of it. The knob has a larger
 * invisible grip so a finger finds it.
 */
export function TurnHandle({ onGrab }: { onGrab: (event: ThreeEvent<PointerEvent>) => void }) {
  return (
    <group>
      <mesh position={[0, 0.008, 0]} rotation={[-Math.PI / 2, 0, 0]}>
        <ringGeometry args={[TURN_HANDLE_RADIUS_METRES - 0.012, TURN_HANDLE_RADIUS_METRES + 0.012, 64]} />
        <meshBasicMaterial color={HIGHLIGHT} transparent opacity={0.7} depthWrite={false} />
      </mesh>
      <group position={[0, 0.06, -TURN_HANDLE_RADIUS_METRES]}>
        <mesh>
          <sphereGeometry args={[0.06, 20, 12]} />
          <meshStandardMaterial color={HIGHLIGHT} roughness={0.5} />
        </mesh>
        <mesh onPointerDown={onGrab}>
          <sphereGeometry args={[0.16, 12, 8]} />
          <meshBasicMaterial transparent opacity={0} depthWrite={false} />
        </mesh>
      </group>
    </group>
  );
}
