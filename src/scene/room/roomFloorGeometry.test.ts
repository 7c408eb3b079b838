import { Color, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { FLOOR_COLOURS, FLOOR_HALF_SIZE_METRES, roomFloorGeometry } from './roomFloorGeometry';
import { bakedRadiance, ROOM_LIGHT } from './roomLight';

interface Triangle {
  readonly corners: [Vector3, Vector3, Vector3];
  readonly colour: Color;
  readonly normal: Vector3;
  readonly area: number;
}

function triangles(): Triangle[] {
  const geometry = roomFloorGeometry();
  const position = geometry.getAttribute('position');
  const colour = geometry.getAttribute('color');
  const out: Triangle[] = [];
  for (let i = 0; i < position.count; i += 3) {
    const corners = [0, 1, 2].map((k) => new Vector3().fromBufferAttribute(position, i + k)) as [Vector3, Vector3, Vector3];
    const cross = new Vector3().subVectors(corners[1], corners[0]).cross(new Vector3().subVectors(corners[2], corners[0]));
    out.push({ corners, colour: new Color().fromBufferAttribute(colour, i), normal: cross.clone().normalize(), area: cross.length() / 2 });
  }
  return out;
}

describe('roomFloorGeometry', () => {
  const all = triangles();
  const up = all.filter((triangle) => triangle.normal.y > 0.99);

  it('covers the floor seen from above exactly once: no surface is drawn over another', () => {
    const side = 2 * FLOOR_HALF_SIZE_METRES;
    expect(up.reduce((sum, triangle) => sum + triangle.area, 0)).toBeCloseTo(side * side, 6);
    // Any point seen from above lies in exactly one upward triangle.
    for (const [x, z] of [
      [0.3, 0.1],
      [1.99, 0.3],
      [2.01, -1],
      [2.6, 2.6],
      [-3.5, 0],
      [10, -19],
    ] as const) {
      const under = up.filter(({ corners: [a, b, c] }) => insideXZ(x, z, a, b, c));
      expect(under, `at ${x}, ${z}`).toHaveLength(1);
    }
  });

  it('faces every triangle the way its colour was lit for, toward the viewer above or beside', () => {
    for (const triangle of all) {
      const lit = [...Object.values(FLOOR_COLOURS)].map((colour) => bakedRadiance(colour, triangle.normal));
      expect(
        lit.some((colour) => Math.abs(colour.r - triangle.colour.r) + Math.abs(colour.g - triangle.colour.g) + Math.abs(colour.b - triangle.colour.b) < 1e-6),
      ).toBe(true);
      expect(triangle.normal.y).toBeGreaterThan(-0.01);
    }
  });

  it('tells floor, rug, board and edge apart, the edge darkest', () => {
    const colourAt = (x: number, z: number) => up.find(({ corners: [a, b, c] }) => insideXZ(x, z, a, b, c))?.colour.getHexString();
    const seen = new Set([colourAt(10, 10.2), colourAt(2.5, 0.1), colourAt(0.3, 0.1), colourAt(2, 0.1)]);
    expect(seen.size).toBe(4);
    const edge = up.find(({ corners: [a, b, c] }) => insideXZ(2, 0.1, a, b, c));
    const board = up.find(({ corners: [a, b, c] }) => insideXZ(0.3, 0.1, a, b, c));
    expect(edge && board && edge.colour.getHSL({ h: 0, s: 0, l: 0 }).l < board.colour.getHSL({ h: 0, s: 0, l: 0 }).l).toBe(true);
  });
});

describe('bakedRadiance', () => {
  it('lights a surface facing up more than one facing away from the main light', () => {
    const top = bakedRadiance('#ead9b8', new Vector3(0, 1, 0));
    const back = bakedRadiance('#ead9b8', new Vector3(0, 0, -1));
    expect(top.r).toBeGreaterThan(back.r);
  });

  it('is the Lambert sum of the room light: the sky alone for a surface facing straight down', () => {
    const down = bakedRadiance('#ffffff', new Vector3(0, -1, 0));
    const ground = new Color(ROOM_LIGHT.sky.ground).multiplyScalar(ROOM_LIGHT.sky.intensity / Math.PI);
    expect(down.r).toBeCloseTo(ground.r, 6);
    expect(down.b).toBeCloseTo(ground.b, 6);
  });
});

function insideXZ(x: number, z: number, a: Vector3, b: Vector3, c: Vector3): boolean {
  const side = (p: Vector3, q: Vector3) => (q.x - p.x) * (z - p.z) - (q.z - p.z) * (x - p.x);
  const [d1, d2, d3] = [side(a, b), side(b, c), side(c, a)];
  const negative = d1 < 0 || d2 < 0 || d3 < 0;
  const positive = d1 > 0 || d2 > 0 || d3 > 0;
  return !(negative && positive);
}
