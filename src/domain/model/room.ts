import { type Metres, metres } from './units';

/**
 * The room is a floor with a square board at its centre. Positions are metres from the
 * board's centre: x to the right, z toward the viewer of the default view.
 */
export const BOARD_HALF_SIZE: Metres = metres(2);
/** Figures may stand anywhere on the floor inside this square, on or off the board. */
export const ROOM_HALF_SIZE: Metres = metres(3);

export interface FloorPoint {
  readonly x: Metres;
  readonly z: Metres;
}

// `+ 0` turns −0 into 0, so a position reads and stores the same way on both sides.
const clampAxis = (value: number): Metres => metres(Math.min(ROOM_HALF_SIZE, Math.max(-ROOM_HALF_SIZE, Number.isFinite(value) ? value : 0)) + 0);

/** Keeps a point on the floor: a figure can never leave the room. */
export function clampToRoom(point: { x: number; z: number }): FloorPoint {
  return { x: clampAxis(point.x), z: clampAxis(point.z) };
}

export function isOnBoard(point: FloorPoint): boolean {
  return Math.abs(point.x) <= BOARD_HALF_SIZE && Math.abs(point.z) <= BOARD_HALF_SIZE;
}
