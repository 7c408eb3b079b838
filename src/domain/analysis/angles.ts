/** The smallest signed turn from one facing to another, in degrees within (−180°, 180°]. */
export function signedTurnDegrees(from: number, to: number): number {
  const turn = ((((to - from) % 360) + 540) % 360) - 180;
  return turn === -180 ? 180 : turn;
}
