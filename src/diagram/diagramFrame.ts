import { TOP_VIEW_SPAN_METRES } from '../scene/topView';

/**
 * Where the room's floor lies in a picture of a given size: the same framing as the 3D room's
 * top view (the whole room with a small margin, centred, one scale for both axes), so a point
 * is found at the same place on the 2D board as in the top view.
 */
export interface DiagramFrame {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly pixelsPerMetre: number;
  toPx(point: { readonly x: number; readonly z: number }): { x: number; y: number };
  toFloor(point: { readonly x: number; readonly y: number }): { x: number; z: number };
}

export function diagramFrame(widthPx: number, heightPx: number, spanMetres: number = TOP_VIEW_SPAN_METRES): DiagramFrame {
  const width = Math.max(1, widthPx);
  const height = Math.max(1, heightPx);
  const pixelsPerMetre = Math.min(width, height) / spanMetres;
  return {
    widthPx: width,
    heightPx: height,
    pixelsPerMetre,
    toPx: (point) => ({ x: width / 2 + point.x * pixelsPerMetre, y: height / 2 + point.z * pixelsPerMetre }),
    toFloor: (point) => ({ x: (point.x - width / 2) / pixelsPerMetre, z: (point.y - height / 2) / pixelsPerMetre }),
  };
}
