/** The angle of the line between two touch points, in degrees, clockwise on screen. */
export function lineAngleDegrees(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
}

/** The smallest signed turn from one angle to another, in (−180°, 180°]. */
export function shortestTurnDegrees(from: number, to: number): number {
  const turn = ((((to - from) % 360) + 540) % 360) - 180;
  return turn === -180 ? 180 : turn;
}
