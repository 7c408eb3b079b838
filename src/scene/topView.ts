import { ROOM_HALF_SIZE } from '../domain/model/room';

/** The top view shows the whole room with a small margin, at a fixed scale. */
export const TOP_VIEW_SPAN_METRES = 2 * ROOM_HALF_SIZE + 0.6;

export function topViewPixelsPerMetre(width: number, height: number): number {
  return Math.min(width, height) / TOP_VIEW_SPAN_METRES;
}

/** Where a floor point appears in the top view, in CSS pixels from the canvas's top-left corner. */
export function topViewScreenPoint(point: { x: number; z: number }, width: number, height: number): { x: number; y: number } {
  const scale = topViewPixelsPerMetre(width, height);
  return { x: width / 2 + point.x * scale, y: height / 2 + point.z * scale };
}
