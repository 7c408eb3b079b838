import type { Material, Mesh, Object3D } from 'three';
import { FIGURE_OPACITY_KEY } from '../labels/labelAnchors';

/**
 * useFrame priority of whatever moves or fades figures frame by frame: below zero, so it runs
 * before the label placer reads where they are (a positive priority would stop R3F drawing).
 */
export const MOVE_BEFORE_LABELS = -1;

/** How long a released figure takes to fade from the room, in milliseconds. */
export const RELEASE_FADE_MS = 1200;

interface Faded {
  baseOpacity?: number;
  baseTransparent?: boolean;
}

/** Fades a figure and everything on it; at 0 it is gone from the room (and from picking). */
export function setFigureOpacity(root: Object3D | null, opacity: number): void {
  if (!root) return;
  root.visible = opacity > 0.001;
  root.userData[FIGURE_OPACITY_KEY] = opacity;
  root.traverse((object) => {
    const materials = (object as Mesh).material;
    if (!materials) return;
    for (const material of Array.isArray(materials) ? materials : [materials]) fade(material as Material & { userData: Faded }, opacity);
  });
}

function fade(material: Material & { userData: Faded }, opacity: number) {
  material.userData.baseOpacity ??= material.opacity;
  material.userData.baseTransparent ??= material.transparent;
  const next = material.userData.baseOpacity * opacity;
  const transparent = material.userData.baseTransparent || opacity < 1;
  if (material.opacity === next && material.transparent === transparent) return;
  if (material.transparent !== transparent) material.needsUpdate = true;
  material.opacity = next;
  material.transparent = transparent;
}
