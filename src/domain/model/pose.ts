import { clampToRoom } from './room';
import { type Degrees, type Metres, degrees } from './units';

export const POSTURES = ['standing', 'sitting', 'kneeling', 'lying'] as const;
export type Posture = (typeof POSTURES)[number];

/** Where a figure stands, which way it faces and how it holds itself. */
export interface Pose {
  readonly x: Metres;
  readonly z: Metres;
  /** 0° faces the back of the room (−z), 90° faces right (+x): clockwise seen from above. */
  readonly facing: Degrees;
  readonly posture: Posture;
}

/** Brings any angle into [0°, 360°). */
export function normaliseFacing(angle: number): Degrees {
  if (!Number.isFinite(angle)) return degrees(0);
  const wrapped = angle % 360;
  const positive = wrapped < 0 ? wrapped + 360 : wrapped;
  // -0 and 360 (from float error) both read as 0.
  return degrees(positive >= 360 || Object.is(positive, -0) ? 0 : positive);
}

export function createPose(x: number, z: number, facing: number, posture: Posture = 'standing'): Pose {
  const point = clampToRoom({ x, z });
  return { x: point.x, z: point.z, facing: normaliseFacing(facing), posture };
}

/** The unit vector a figure looks along, on the floor. */
export function facingDirection(facing: Degrees): { x: number; z: number } {
  const radians = (facing * Math.PI) / 180;
  return { x: Math.sin(radians), z: -Math.cos(radians) };
}

/** The facing that looks from one floor point toward another. */
export function facingToward(from: { x: number; z: number }, to: { x: number; z: number }): Degrees {
  const dx = to.x - from.x;
  const dz = to.z - from.z;
  if (dx === 0 && dz === 0) return degrees(0);
  return normaliseFacing((Math.atan2(dx, -dz) * 180) / Math.PI);
}

export function posesEqual(a: Pose, b: Pose): boolean {
  return a.x === b.x && a.z === b.z && a.facing === b.facing && a.posture === b.posture;
}
