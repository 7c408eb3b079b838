import { useMemo } from 'react';
import { CanvasTexture, type Texture } from 'three';

let shared: Texture | null | undefined;

/** One soft round shadow texture for every figure: cheap, and it makes figures stand on the floor. */
function shadowTexture(): Texture | null {
  if (shared !== undefined) return shared;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 64;
  const context = canvas.getContext('2d');
  if (!context) return (shared = null);
  const gradient = context.createRadialGradient(32, 32, 0, 32, 32, 32);
  gradient.addColorStop(0, 'rgba(40, 30, 20, 0.55)');
  gradient.addColorStop(0.6, 'rgba(40, 30, 20, 0.2)');
  gradient.addColorStop(1, 'rgba(40, 30, 20, 0)');
  context.fillStyle = gradient;
  context.fillRect(0, 0, 64, 64);
  return (shared = new CanvasTexture(canvas));
}

export function ContactShadow({ radius }: { radius: number }) {
  const texture = useMemo(shadowTexture, []);
  if (!texture) return null;
  return (
    <mesh position={[0, 0.003, 0]} rotation={[-Math.PI / 2, 0, 0]} renderOrder={1}>
      <planeGeometry args={[radius * 2, radius * 2]} />
      <meshBasicMaterial map={texture} transparent depthWrite={false} />
    </mesh>
  );
}
