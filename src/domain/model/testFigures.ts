import type { Figure } from './figure';
import { type FigureId, figureId } from './ids';
import { type RoomState, roomFromFigures } from './roomState';
import { createFigure } from './session';

/** For tests of figure edits: three elements, a at the centre facing 0°, b and c away from it. */
export const A = figureId('a');
export const B = figureId('b');
export const C = figureId('c');

export function figure(id: FigureId, x = 0, z = 0, facing = 0): Figure {
  return createFigure(() => id, 'element', `label ${id}`, { x, z }, facing);
}

export function room(): RoomState {
  return roomFromFigures([figure(A, 0, 0, 0), figure(B, 1, -1, 90), figure(C, -2, 2, 350)]);
}
