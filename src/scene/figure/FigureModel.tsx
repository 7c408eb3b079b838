import { useMemo } from 'react';
import { type FigureLook, figureGeometry } from './figureGeometry';

/**
 * A figure's base, body and head: one shared geometry coloured per vertex, and a material of its
 * own so it can fade alone (`setFigureOpacity`). One draw call.
 */
export function FigureModel({ kind, posture, colour, deceased }: FigureLook) {
  const geometry = useMemo(() => figureGeometry({ kind, posture, colour, deceased }), [kind, posture, colour, deceased]);
  return (
    <mesh geometry={geometry}>
      <meshStandardMaterial vertexColors roughness={0.8} />
    </mesh>
  );
}
