import { OrbitControls, PerspectiveCamera } from '@react-three/drei';
import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import type { BufferGeometry } from 'three';
import { CapsuleGeometry, ConeGeometry, CylinderGeometry, Float32BufferAttribute, MeshStandardMaterial, SphereGeometry, Vector3 } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { ROOM_CAMERA_FOV_DEGREES, ROOM_CAMERA_POSITION, ROOM_CAMERA_TARGET } from '../../../src/scene/cameras/roomCameraPlacement';

/**
 * What a plain R3F page costs for the same figures as the room: the person's shapes (base with
 * its notch, body, head with its nose) at the app's sizes, merged into one geometry with the
 * dark parts as vertex colours, one material per colour, a plain floor, two lights, and the
 * labels as page text over the canvas placed from each head every frame. R3F's defaults
 * otherwise (antialias, pixel ratio), and the app's camera and orbit limits.
 */
const DARK = [0x4a / 255, 0x40 / 255, 0x38 / 255] as const;
const COLOURS = ['#c9805b', '#6f9bb3', '#8fae7a', '#c7a34f', '#9a86b8', '#c27a8e'];

function tinted(geometry: BufferGeometry, dark: boolean): BufferGeometry {
  const plain = geometry.index ? geometry.toNonIndexed() : geometry;
  plain.deleteAttribute('uv');
  const count = plain.getAttribute('position').count;
  const colours = new Float32Array(count * 3);
  for (let i = 0; i < count; i += 1) colours.set(dark ? DARK : [1, 1, 1], i * 3);
  plain.setAttribute('color', new Float32BufferAttribute(colours, 3));
  return plain;
}

function personGeometry(): BufferGeometry {
  const base = new CylinderGeometry(0.22, 0.23, 0.024, 32).translate(0, 0.012, 0);
  const notch = new ConeGeometry(0.09, 0.14, 3)
    .rotateX(-Math.PI / 2)
    .scale(1, 1, 0.25)
    .translate(0, 0.014, -0.27);
  const body = new CapsuleGeometry(0.14, 0.4, 6, 16).translate(0, 0.36, 0);
  const head = new SphereGeometry(0.1, 24, 16).translate(0, 0.55, 0);
  const nose = new ConeGeometry(0.032, 0.07, 16).rotateX(-Math.PI / 2).translate(0, 0.55, -0.105);
  const merged = mergeGeometries([tinted(base, false), tinted(notch, true), tinted(body, false), tinted(head, false), tinted(nose, true)]);
  if (!merged) throw new Error('the figure shapes did not merge');
  return merged;
}

interface Placed {
  readonly x: number;
  readonly z: number;
  readonly facingRadians: number;
  readonly colour: number;
  readonly label: string;
}

function place(figures: number): Placed[] {
  // Spread over the board as a session's figures are, within ±2.5 m.
  return Array.from({ length: figures }, (_, i) => {
    const ring = Math.sqrt((i + 0.5) / figures) * 2.5;
    const angle = i * 2.39996;
    return { x: Math.cos(angle) * ring, z: Math.sin(angle) * ring, facingRadians: angle, colour: i % COLOURS.length, label: i === 0 ? 'Me' : `element ${i}` };
  });
}

function Labels({ placed, layer }: { placed: readonly Placed[]; layer: React.RefObject<HTMLDivElement | null> }) {
  const camera = useThree((state) => state.camera);
  const size = useThree((state) => state.size);
  const point = useMemo(() => new Vector3(), []);
  useFrame(() => {
    const labels = layer.current?.children;
    if (!labels) return;
    placed.forEach((figure, i) => {
      const label = labels[i] as HTMLElement | undefined;
      if (!label) return;
      point.set(figure.x, 0.7, figure.z).project(camera);
      label.style.transform = `translate(${((point.x + 1) / 2) * size.width}px, ${((1 - point.y) / 2) * size.height}px) translate(-50%, -100%)`;
    });
  });
  return null;
}

export function BarePage({ figures }: { figures: number }) {
  const placed = useMemo(() => place(figures), [figures]);
  const geometry = useMemo(personGeometry, []);
  const materials = useMemo(() => COLOURS.map((colour) => new MeshStandardMaterial({ color: colour, roughness: 0.8, vertexColors: true })), []);
  const layer = useRef<HTMLDivElement>(null);
  return (
    <>
      <Canvas frameloop="demand">
        <color attach="background" args={['#efe7da']} />
        <PerspectiveCamera makeDefault position={ROOM_CAMERA_POSITION} fov={ROOM_CAMERA_FOV_DEGREES} near={0.05} far={100} />
        <OrbitControls makeDefault target={ROOM_CAMERA_TARGET} minDistance={2.5} maxDistance={14} />
        <ambientLight intensity={0.8} />
        <directionalLight position={[3, 6, 2]} intensity={1.6} />
        <mesh rotation={[-Math.PI / 2, 0, 0]}>
          <planeGeometry args={[12, 12]} />
          <meshStandardMaterial color="#e4d8c4" roughness={1} />
        </mesh>
        {placed.map((figure, i) => (
          <mesh key={i} geometry={geometry} material={materials[figure.colour]} position={[figure.x, 0, figure.z]} rotation={[0, figure.facingRadians, 0]} />
        ))}
        <Labels placed={placed} layer={layer} />
      </Canvas>
      <div ref={layer} style={{ position: 'absolute', inset: 0, pointerEvents: 'none' }}>
        {placed.map((figure, i) => (
          <div key={i} className="label">
            {figure.label}
          </div>
        ))}
      </div>
    </>
  );
}
