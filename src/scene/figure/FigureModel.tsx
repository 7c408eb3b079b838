import { useMemo } from 'react';
import { NoBlending } from 'three';
import { type FigureLook, figureGeometry } from './figureGeometry';
import { FIGURE_RENDER_ORDER, OPAQUE_WHEN_WHOLE } from './opacity';

/**
 * A figure's base, body and head: one shared geometry coloured per vertex, and a material of its
 * own so it can fade alone (`setFigureOpacity`). One draw call. The material is transparent from
 * the start, so a fade changes a uniform and never the shader (see `FIGURE_RENDER_ORDER`), and
 * blends only while it fades.
 */
export function FigureModel({ kind, posture, colour, deceased }: FigureLook) {
  const geometry = useMemo(() => figureGeometry({ kind, posture, colour, deceased }), [kind, posture, colour, deceased]);
  // Its own object: the fade keeps the material's opacity at rest in it.
  const userData = useMemo(() => ({ [OPAQUE_WHEN_WHOLE]: true }), []);
  return (
    <mesh geometry={geometry} renderOrder={FIGURE_RENDER_ORDER}>
      <meshStandardMaterial vertexColors roughness={0.8} transparent blending={NoBlending} userData={userData} />
    </mesh>
  );
}
