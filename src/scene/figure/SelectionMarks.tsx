import { type ThreeEvent, useFrame } from '@react-three/fiber';
import { useLayoutEffect, useRef } from 'react';
import type { Intersection, Mesh } from 'three';
import { pixelsPerMetreAt } from '../cameras/pixelsPerMetre';
import type { LabelAnchors } from '../labels/labelAnchors';

const HIGHLIGHT = '#d9a441';
export const TURN_HANDLE_RADIUS_METRES = 0.46;
/** A finger needs at least 44 px: the knob's grip is never smaller on screen than this radius. */
const GRIP_MIN_RADIUS_PX = 26;
const GRIP_MIN_RADIUS_METRES = 0.16;
const KNOB_MIN_RADIUS_PX = 9;
/** Labels keep this far from the knob's centre, so it is never covered. */
const KNOB_CLEAR_RADIUS_PX = 16;
const KNOB_RADIUS_METRES = 0.06;
/** The knob draws over the figures, so it is never hidden behind a body. */
const ON_TOP = 10;

const TURN_GRIP = 'turnGrip';

/** True when a pointer also lies on a turn handle's grip: the handle wins over the figures before it. */
export const onTurnGrip = (intersections: readonly Intersection[]) => intersections.some((hit) => hit.object.userData[TURN_GRIP] === true);

/** A warm ring on the floor around the selected figure. */
export function SelectionRing({ scale }: { scale: number }) {
  return (
    <mesh position={[0, 0.006, 0]} rotation={[-Math.PI / 2, 0, 0]} scale={scale}>
      <ringGeometry args={[0.27, 0.32, 48]} />
      <meshBasicMaterial color={HIGHLIGHT} transparent opacity={0.9} depthWrite={false} />
    </mesh>
  );
}

/**
 * The handle to turn a figure: a thin circle with a knob in front of it. The knob and its
 * invisible grip keep a size on screen a finger can find, however far the camera is, and
 * they draw over the figures so the knob shows even when the figure faces away.
 */
export function TurnHandle({ onGrab, anchors }: { onGrab: (event: ThreeEvent<PointerEvent>) => void; anchors: LabelAnchors }) {
  const knob = useRef<Mesh>(null);
  const grip = useRef<Mesh>(null);
  useLayoutEffect(() => {
    const object = knob.current;
    if (!object) return;
    const turnGrip = { object, radiusPx: KNOB_CLEAR_RADIUS_PX };
    anchors.turnGrip = turnGrip;
    return () => {
      if (anchors.turnGrip === turnGrip) anchors.turnGrip = null;
    };
  }, [anchors]);
  useFrame(({ camera, size }) => {
    if (!knob.current || !grip.current) return;
    const perMetre = pixelsPerMetreAt(knob.current, camera, size.height);
    knob.current.scale.setScalar(Math.max(KNOB_RADIUS_METRES, KNOB_MIN_RADIUS_PX / perMetre) / KNOB_RADIUS_METRES);
    grip.current.scale.setScalar(Math.max(GRIP_MIN_RADIUS_METRES, GRIP_MIN_RADIUS_PX / perMetre) / GRIP_MIN_RADIUS_METRES);
  });
  return (
    <group>
      <mesh position={[0, 0.008, 0]} rotation={[-Math.PI / 2, 0, 0]}>
        <ringGeometry args={[TURN_HANDLE_RADIUS_METRES - 0.012, TURN_HANDLE_RADIUS_METRES + 0.012, 64]} />
        <meshBasicMaterial color={HIGHLIGHT} transparent opacity={0.7} depthWrite={false} />
      </mesh>
      <group position={[0, 0.06, -TURN_HANDLE_RADIUS_METRES]}>
        <mesh ref={knob} renderOrder={ON_TOP}>
          <sphereGeometry args={[KNOB_RADIUS_METRES, 20, 12]} />
          <meshBasicMaterial color={HIGHLIGHT} transparent opacity={0.95} depthTest={false} />
        </mesh>
        <mesh ref={grip} onPointerDown={onGrab} userData={{ [TURN_GRIP]: true }}>
          <sphereGeometry args={[GRIP_MIN_RADIUS_METRES, 12, 8]} />
          <meshBasicMaterial transparent opacity={0} depthWrite={false} />
        </mesh>
      </group>
    </group>
  );
}

/** A thin, quiet ring round a base that another figure stands on: seen, never alarming. */
export function OverlapRing({ scale }: { scale: number }) {
  return (
    <mesh position={[0, 0.005, 0]} rotation={[-Math.PI / 2, 0, 0]} scale={scale} raycast={() => null}>
      <ringGeometry args={[0.245, 0.268, 48]} />
      <meshBasicMaterial color="#5f5a7a" transparent opacity={0.75} depthWrite={false} />
    </mesh>
  );
}
