import { type Material, type Mesh, NoBlending, NormalBlending, type Object3D } from 'three';
import { FIGURE_OPACITY_KEY } from '../labels/labelAnchors';

/**
 * useFrame priority of whatever moves or fades figures frame by frame: below zero, so it runs
 * before the label placer reads where they are (a positive priority would stop R3F drawing).
 */
export const MOVE_BEFORE_LABELS = -1;

/**
 * Figures are drawn with transparent materials from the start (switching a material to
 * transparent when a fade begins compiles a new shader), yet a whole figure should look and stack
 * as an opaque one did: first of everything transparent, so rings, floor marks, trails and ghosts
 * still draw over it. A fading figure (or a ghost) goes back among the transparent things, so the
 * trail under it shows through, as before.
 */
export const FIGURE_RENDER_ORDER = -1;
const FADING_RENDER_ORDER = 0;

/**
 * Marks a material that is opaque while its figure is whole: it blends only while fading, since
 * blending every pixel of every figure costs in software rendering. Blending and the order of
 * drawing are render state, not part of the shader, so changing them compiles nothing.
 */
export const OPAQUE_WHEN_WHOLE = 'opaqueWhenWhole';

/** How long a released figure takes to fade from the room, in milliseconds. */
export const RELEASE_FADE_MS = 1200;

interface Faded {
  baseOpacity?: number;
  [OPAQUE_WHEN_WHOLE]?: boolean;
}

/**
 * Fades a figure and everything on it; at 0 it is gone from the room (and from picking). Only
 * opacity changes: every material of a figure is transparent from the start. One that is not is
 * made so once, and stays so, so that fading back and forth compiles nothing more.
 */
export function setFigureOpacity(root: Object3D | null, opacity: number): void {
  if (!root) return;
  root.visible = opacity > 0.001;
  root.userData[FIGURE_OPACITY_KEY] = opacity;
  root.traverse((object) => {
    const materials = (object as Mesh).material;
    if (!materials) return;
    for (const material of Array.isArray(materials) ? materials : [materials]) {
      const faded = material as Material & { userData: Faded };
      fade(faded, opacity);
      if (faded.userData[OPAQUE_WHEN_WHOLE]) object.renderOrder = faded.opacity < 1 ? FADING_RENDER_ORDER : FIGURE_RENDER_ORDER;
    }
  });
}

function fade(material: Material & { userData: Faded }, opacity: number) {
  material.userData.baseOpacity ??= material.opacity;
  material.opacity = material.userData.baseOpacity * opacity;
  if (material.userData[OPAQUE_WHEN_WHOLE]) material.blending = material.opacity < 1 ? NormalBlending : NoBlending;
  if (opacity < 1 && !material.transparent) {
    material.transparent = true;
    material.needsUpdate = true;
  }
}
