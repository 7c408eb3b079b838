import { BufferGeometry, Float32BufferAttribute, Vector3 } from 'three';
import { BOARD_HALF_SIZE, ROOM_HALF_SIZE } from '../../domain/model/room';
import { bakedRadiance } from './roomLight';

/** How far the floor reaches around the room, in metres (beyond it only fog). */
export const FLOOR_HALF_SIZE_METRES = 20;
const EDGE_WIDTH_METRES = 0.05;
const EDGE_TOP_METRES = 0.018;
const FLOOR_Y_METRES = -0.01;
const RUG_Y_METRES = -0.005;
const BOARD_Y_METRES = 0;

/** The room's surfaces and their colours (sRGB), as the wooden board on a rug on a warm floor. */
export const FLOOR_COLOURS = { floor: '#cdbfa8', rug: '#e2d5bf', board: '#ead9b8', edge: '#8c6d4c' } as const;

type Surface = keyof typeof FLOOR_COLOURS;

const UP = new Vector3(0, 1, 0);

class SurfaceWriter {
  readonly positions: number[] = [];
  readonly colours: number[] = [];

  /** A flat four-cornered piece facing `normal`, lit as it faces. */
  quad(corners: readonly (readonly [number, number, number])[], normal: Vector3, surface: Surface): void {
    const [a, b, c, d] = corners.map((corner) => new Vector3(...corner));
    if (!a || !b || !c || !d) throw new Error('a quad has four corners');
    // Front faces turn toward the viewer: the winding follows the normal.
    const facesNormal = new Vector3().subVectors(b, a).cross(new Vector3().subVectors(c, a)).dot(normal) > 0;
    const triangles = facesNormal ? [a, b, c, a, c, d] : [a, c, b, a, d, c];
    const colour = bakedRadiance(FLOOR_COLOURS[surface], normal);
    for (const point of triangles) {
      this.positions.push(point.x, point.y, point.z);
      this.colours.push(colour.r, colour.g, colour.b);
    }
  }

  /** A horizontal rectangle from (x0, z0) to (x1, z1) at height y. */
  level(x0: number, z0: number, x1: number, z1: number, y: number, surface: Surface): void {
    this.quad(
      [
        [x0, y, z0],
        [x0, y, z1],
        [x1, y, z1],
        [x1, y, z0],
      ],
      UP,
      surface,
    );
  }

  /** The square ring between two half sizes, at height y, in four pieces that do not overlap. */
  ring(outer: number, inner: number, y: number, surface: Surface): void {
    this.level(-outer, -outer, outer, -inner, y, surface);
    this.level(-outer, inner, outer, outer, y, surface);
    this.level(-outer, -inner, -inner, inner, y, surface);
    this.level(inner, -inner, outer, inner, y, surface);
  }

  /** The four upright sides of a square at half size `half`, from `bottom` to `top`, facing out or in. */
  walls(half: number, bottom: number, top: number, outward: boolean, surface: Surface): void {
    const sign = outward ? 1 : -1;
    for (const [axis, side] of [
      ['x', 1],
      ['x', -1],
      ['z', 1],
      ['z', -1],
    ] as const) {
      const at = side * half;
      const corners: [number, number, number][] =
        axis === 'x'
          ? [
              [at, bottom, -half],
              [at, bottom, half],
              [at, top, half],
              [at, top, -half],
            ]
          : [
              [-half, bottom, at],
              [half, bottom, at],
              [half, top, at],
              [-half, top, at],
            ];
      const normal = axis === 'x' ? new Vector3(side * sign, 0, 0) : new Vector3(0, 0, side * sign);
      this.quad(corners, normal, surface);
    }
  }
}

/**
 * Floor, rug, board and the board's raised edge as one geometry with the room's light baked into
 * its colours: one draw call, no lighting to compute per pixel, and no surface drawn over another
 * (the floor has a hole where the rug lies, the rug where the board lies), which on software
 * rendering costs as much as the figures. Only the sides that show are built: everything below
 * the rug is hidden by it.
 */
export function roomFloorGeometry(): BufferGeometry {
  const edgeOuter = BOARD_HALF_SIZE + EDGE_WIDTH_METRES / 2;
  const edgeInner = BOARD_HALF_SIZE - EDGE_WIDTH_METRES / 2;
  const writer = new SurfaceWriter();
  writer.ring(FLOOR_HALF_SIZE_METRES, ROOM_HALF_SIZE, FLOOR_Y_METRES, 'floor');
  writer.ring(ROOM_HALF_SIZE, edgeOuter, RUG_Y_METRES, 'rug');
  writer.level(-edgeInner, -edgeInner, edgeInner, edgeInner, BOARD_Y_METRES, 'board');
  writer.ring(edgeOuter, edgeInner, EDGE_TOP_METRES, 'edge');
  writer.walls(edgeOuter, RUG_Y_METRES, EDGE_TOP_METRES, true, 'edge');
  writer.walls(edgeInner, BOARD_Y_METRES, EDGE_TOP_METRES, false, 'edge');
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(writer.positions, 3));
  geometry.setAttribute('color', new Float32BufferAttribute(writer.colours, 3));
  geometry.computeBoundingSphere();
  return geometry;
}
