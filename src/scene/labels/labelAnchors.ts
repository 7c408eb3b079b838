import type { Object3D } from 'three';
import type { FigureId } from '../../domain/model/ids';

/**
 * Where a figure's label belongs in the room. A figure registers its objects here; the label
 * placer reads them on every frame, so a dragged or replayed figure's label follows it without
 * a React render.
 */
export interface LabelAnchor {
  /** Carries the figure's place on the floor; a direct child of the scene. */
  readonly place: Object3D;
  /** Turns with the figure's facing. */
  readonly turn: Object3D;
  /** Height of the top of the figure's head above the floor, in metres. */
  heightMetres: number;
  /** Radius of the figure's base on the floor, in metres. */
  baseRadiusMetres: number;
}

/** Every figure's anchor, and the figure under the mouse, whose label then shows its whole name. */
export class LabelAnchors extends Map<FigureId, LabelAnchor> {
  hovered: FigureId | null = null;
  /** The turn handle's grip, when a figure is selected: no label may cover it. */
  turnGrip: { readonly object: Object3D; readonly radiusPx: number } | null = null;
}

/** A released figure fades with its objects; its label fades alike (see `setFigureOpacity`). */
export const FIGURE_OPACITY_KEY = 'figureOpacity';
