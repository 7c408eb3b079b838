import { BOARD_HALF_SIZE, ROOM_HALF_SIZE } from './room';

/** Space between neighbours in the start row, when there is room for it. */
const PREFERRED_SPACING_METRES = 0.55;
/** The first row stands just inside the board's front edge. */
const FIRST_ROW_Z_METRES = BOARD_HALF_SIZE - 0.35;
const ROW_DEPTH_METRES = 0.5;
const MAX_ROWS = 3;

/**
 * Positions for a tidy row at the front edge of the board, facing into it (0°), so that the
 * client then places each figure. More figures than fit make further rows toward the viewer,
 * and past three rows the spacing shrinks rather than leave the room.
 */
export function startRowPositions(count: number): { x: number; z: number }[] {
  if (count <= 0) return [];
  const rowWidth = 2 * BOARD_HALF_SIZE - 0.4;
  const fitPerRow = Math.floor(rowWidth / PREFERRED_SPACING_METRES) + 1;
  const perRow = Math.max(fitPerRow, Math.ceil(count / MAX_ROWS));
  const spacing = Math.min(PREFERRED_SPACING_METRES, rowWidth / Math.max(1, perRow - 1));
  const positions: { x: number; z: number }[] = [];
  for (let index = 0; index < count; index += 1) {
    const row = Math.floor(index / perRow);
    const inRow = Math.min(perRow, count - row * perRow);
    const column = index % perRow;
    const x = (column - (inRow - 1) / 2) * spacing;
    const z = Math.min(ROOM_HALF_SIZE, FIRST_ROW_Z_METRES + row * ROW_DEPTH_METRES);
    positions.push({ x: round(x), z: round(z) });
  }
  return positions;
}

/** A free spot for a figure added by hand: the nearest point to the board's front third that keeps a step from everyone. */
export function freeSpot(taken: readonly { x: number; z: number }[], minimumGapMetres = 0.5): { x: number; z: number } {
  const preferred = { x: 0, z: BOARD_HALF_SIZE / 2 };
  const candidates: { x: number; z: number; distance: number }[] = [];
  const step = 0.25;
  const limit = BOARD_HALF_SIZE - 0.25;
  for (let x = -limit; x <= limit + 1e-9; x += step) {
    for (let z = -limit; z <= limit + 1e-9; z += step) {
      candidates.push({ x: round(x), z: round(z), distance: Math.hypot(x - preferred.x, z - preferred.z) });
    }
  }
  candidates.sort((a, b) => a.distance - b.distance || a.x - b.x || a.z - b.z);
  const free = candidates.find((c) => taken.every((t) => Math.hypot(t.x - c.x, t.z - c.z) >= minimumGapMetres));
  return free ? { x: free.x, z: free.z } : preferred;
}

/** Start positions sit on the centimetre grid that keyboard steps use. */
const round = (value: number): number => (Math.sign(value) * Math.round(Math.abs(value) * 100)) / 100 || 0;
