import type { Posture } from '../../domain/model/pose';

export interface BodyTransform {
  readonly position: [number, number, number];
  readonly rotation: [number, number, number];
  readonly scale: [number, number, number];
}

/**
 * How a body shows its posture. The base with its facing notch stays flat on the floor; the
 * body above it sits lower, kneels, or lies on its back with its head toward where it faces.
 */
export function postureTransform(posture: Posture): BodyTransform {
  switch (posture) {
    case 'standing':
      return { position: [0, 0, 0], rotation: [0, 0, 0], scale: [1, 1, 1] };
    case 'sitting':
      return { position: [0, 0, 0], rotation: [0, 0, 0], scale: [1.05, 0.62, 1.05] };
    case 'kneeling':
      return { position: [0, 0, 0], rotation: [0, 0, 0], scale: [1, 0.78, 1] };
    case 'lying':
      // Roll onto the back (y, π), then lay down toward the facing (x, −π/2); raised by the body's radius.
      return { position: [0, 0.16, 0.1], rotation: [-Math.PI / 2, Math.PI, 0], scale: [1, 0.9, 1] };
  }
}
