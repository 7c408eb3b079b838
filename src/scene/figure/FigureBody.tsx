import type { FigureKind } from '../../domain/model/figure';

interface BodyProps {
  readonly kind: FigureKind;
  readonly colour: string;
  /** Stands for someone who has died: a soft dark band round the body, nothing more. */
  readonly deceased?: boolean;
}

const SKIN = '#efe3d0';

/**
 * Neutral bodies, told apart by shape: people (the client and added persons) have a head on a
 * rounded body, the intention is a six-sided pillar, elements are tapered pegs, free elements
 * are blocks. None has a face; the nose shows the way it looks.
 */
export function FigureBody({ kind, colour, deceased = false }: BodyProps) {
  switch (kind) {
    case 'client':
    case 'person':
      return (
        <group>
          <mesh position={[0, 0.36, 0]}>
            <capsuleGeometry args={[0.14, 0.4, 6, 16]} />
            <meshStandardMaterial color={colour} roughness={0.8} />
          </mesh>
          {deceased && <Band y={0.5} radius={0.143} />}
          <Head y={0.79} radius={0.12} colour={kind === 'client' ? SKIN : colour} />
        </group>
      );
    case 'intention':
      return (
        <group>
          <mesh position={[0, 0.36, 0]}>
            <cylinderGeometry args={[0.15, 0.17, 0.7, 6]} />
            <meshStandardMaterial color={colour} roughness={0.75} flatShading />
          </mesh>
          {deceased && <Band y={0.5} radius={0.158} />}
          <Head y={0.8} radius={0.1} colour={colour} />
        </group>
      );
    case 'element':
      return (
        <group>
          <mesh position={[0, 0.3, 0]}>
            <cylinderGeometry args={[0.07, 0.15, 0.6, 20]} />
            <meshStandardMaterial color={colour} roughness={0.8} />
          </mesh>
          {deceased && <Band y={0.4} radius={0.102} />}
          <Head y={0.68} radius={0.1} colour={colour} />
        </group>
      );
    case 'free':
      return (
        <group>
          <mesh position={[0, 0.22, 0]}>
            <boxGeometry args={[0.3, 0.44, 0.3]} />
            <meshStandardMaterial color={colour} roughness={0.8} />
          </mesh>
          {deceased && <Band y={0.3} radius={0.215} />}
          <Head y={0.55} radius={0.1} colour={colour} />
        </group>
      );
  }
}

/** A soft dark band round the body, like a mourning band: calm, and plain from every side. */
function Band({ y, radius }: { y: number; radius: number }) {
  return (
    <mesh position={[0, y, 0]}>
      <cylinderGeometry args={[radius, radius, 0.07, 24, 1, true]} />
      <meshStandardMaterial color="#4a4038" roughness={0.9} />
    </mesh>
  );
}

/** A round head with a nose toward −z: the figure's facing, readable from every side. */
function Head({ y, radius, colour }: { y: number; radius: number; colour: string }) {
  return (
    <group position={[0, y, 0]}>
      <mesh>
        <sphereGeometry args={[radius, 24, 16]} />
        <meshStandardMaterial color={colour} roughness={0.7} />
      </mesh>
      <mesh position={[0, 0, -radius * 1.05]} rotation={[-Math.PI / 2, 0, 0]}>
        <coneGeometry args={[radius * 0.32, radius * 0.7, 16]} />
        <meshStandardMaterial color="#4a4038" roughness={0.6} />
      </mesh>
    </group>
  );
}

/** The base every figure stands on, with a notch pointing where it faces: plain from above. */
export function FigureBase({ colour }: { colour: string }) {
  return (
    <group>
      <mesh position={[0, 0.012, 0]}>
        <cylinderGeometry args={[0.22, 0.23, 0.024, 32]} />
        <meshStandardMaterial color={colour} roughness={0.85} />
      </mesh>
      <mesh position={[0, 0.014, -0.27]} rotation={[-Math.PI / 2, 0, 0]} scale={[1, 1, 0.25]}>
        <coneGeometry args={[0.09, 0.14, 3]} />
        <meshStandardMaterial color="#4a4038" roughness={0.7} />
      </mesh>
    </group>
  );
}
