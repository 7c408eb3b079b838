import type { Object3D } from 'three';

/**
 * The one place where the room's coordinates meet three's. A figure's model looks along
 * its local −z; facing grows clockwise seen from above, three's rotation.y counter-clockwise.
 */
export function facingToRotationY(facingDegrees: number): number {
  return (-facingDegrees * Math.PI) / 180;
}

export interface PoseTargets {
  /** Carries the figure's place on the floor (and things that do not turn, like its label). */
  readonly place: Object3D | null;
  /** Turns with the figure's facing. */
  readonly turn: Object3D | null;
}

export function applyPose(targets: PoseTargets, pose: { readonly x: number; readonly z: number; readonly facing: number }): void {
  targets.place?.position.set(pose.x, 0, pose.z);
  targets.turn?.rotation.set(0, facingToRotationY(pose.facing), 0);
}

/** Eye height of a figure, for the view from its eyes, in metres. */
export const EYE_HEIGHT_METRES = { adult: 0.78, child: 0.55, baby: 0.4 } as const;
/** Adult figures are about a metre tall; children are smaller. */
export const SIZE_SCALE = { adult: 1, child: 0.7, baby: 0.5 } as const;
