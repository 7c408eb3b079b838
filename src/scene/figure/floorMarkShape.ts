import { BufferGeometry, Float32BufferAttribute } from 'three';

/** Where a floor mark's texture is not clear: its shadow's disc and its gaze wedge, in metres and radians. */
export interface FloorMarkReach {
  /** Half the side of the square the texture covers. */
  readonly reachMetres: number;
  readonly shadowRadiusMetres: number;
  readonly gazeToMetres: number;
  readonly gazeHalfAngleRadians: number;
}

/** A texel and a half beyond the drawn edge, so no soft edge is cut. */
const MARGIN_METRES = 0.01;
const MARGIN_RADIANS = (1.5 * Math.PI) / 180;
const DISC_SEGMENTS = 48;
const GAZE_SEGMENTS = 8;

/**
 * The floor mark's outline: the shadow's disc and the gaze wedge in front (+y, which lies toward
 * the figure's front once the mark lies on the floor), as a fan from the centre, with the
 * texture's coordinates of the full square. It covers about a third of the square, and the rest
 * of the square is clear texture that software rendering would blend pixel by pixel for nothing.
 */
export function floorMarkShape(reach: FloorMarkReach): BufferGeometry {
  const shadow = (reach.shadowRadiusMetres + MARGIN_METRES) / Math.cos(Math.PI / DISC_SEGMENTS);
  const gaze = (reach.gazeToMetres + MARGIN_METRES) / Math.cos(reach.gazeHalfAngleRadians / GAZE_SEGMENTS);
  const half = reach.gazeHalfAngleRadians + MARGIN_RADIANS;
  // The outline, counter-clockwise from straight ahead: the wedge's arc, then the disc around the back.
  const outline: [number, number][] = [];
  const at = (angle: number, radius: number) => outline.push([-Math.sin(angle) * radius, Math.cos(angle) * radius]);
  for (let i = 0; i <= GAZE_SEGMENTS; i += 1) at(-half + (2 * half * i) / GAZE_SEGMENTS, gaze);
  const discStep = (2 * Math.PI) / DISC_SEGMENTS;
  for (let angle = half; angle <= 2 * Math.PI - half; angle += discStep) at(angle, shadow);
  at(2 * Math.PI - half, shadow);
  const positions: number[] = [];
  for (let i = 0; i < outline.length; i += 1) {
    const [ax, ay] = outline[i] ?? [0, 0];
    const [bx, by] = outline[(i + 1) % outline.length] ?? [0, 0];
    positions.push(0, 0, 0, ax, ay, 0, bx, by, 0);
  }
  const uvs: number[] = [];
  for (let i = 0; i < positions.length; i += 3) {
    uvs.push(0.5 + (positions[i] ?? 0) / (2 * reach.reachMetres), 0.5 + (positions[i + 1] ?? 0) / (2 * reach.reachMetres));
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setAttribute('uv', new Float32BufferAttribute(uvs, 2));
  geometry.computeBoundingSphere();
  return geometry;
}
