import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { floorMarkShape } from './floorMarkShape';

const REACH = { reachMetres: 0.82, shadowRadiusMetres: 0.42, gazeToMetres: 0.8, gazeHalfAngleRadians: (27 * Math.PI) / 180 };

function triangles() {
  const geometry = floorMarkShape(REACH);
  const position = geometry.getAttribute('position');
  const out: [Vector3, Vector3, Vector3][] = [];
  for (let i = 0; i < position.count; i += 3) out.push([0, 1, 2].map((k) => new Vector3().fromBufferAttribute(position, i + k)) as [Vector3, Vector3, Vector3]);
  return { geometry, out };
}

const covered = (list: [Vector3, Vector3, Vector3][], x: number, y: number) =>
  list.filter(([a, b, c]) => {
    const side = (p: Vector3, q: Vector3) => (q.x - p.x) * (y - p.y) - (q.y - p.y) * (x - p.x);
    return side(a, b) >= 0 && side(b, c) >= 0 && side(c, a) >= 0;
  }).length;

/** A point at `radius` metres, `angle` radians from straight ahead (+y). */
const polar = (radius: number, angle: number): [number, number] => [-Math.sin(angle) * radius, Math.cos(angle) * radius];

describe('floorMarkShape', () => {
  const { geometry, out } = triangles();

  it('covers the whole shadow and the whole gaze wedge, turned toward the viewer above', () => {
    for (let k = 0; k < 64; k += 1) expect(covered(out, ...polar(0.42, (k / 64) * 2 * Math.PI))).toBeGreaterThan(0);
    for (const angle of [-REACH.gazeHalfAngleRadians, 0, 0.2, REACH.gazeHalfAngleRadians]) {
      for (const radius of [0.3, 0.6, 0.8]) expect(covered(out, ...polar(radius, angle))).toBeGreaterThan(0);
    }
  });

  it('leaves out the clear corners of the square and the floor beside and behind the figure', () => {
    expect(covered(out, 0.8, 0.8)).toBe(0);
    expect(covered(out, ...polar(0.6, Math.PI / 2))).toBe(0);
    expect(covered(out, ...polar(0.6, Math.PI))).toBe(0);
    let area = 0;
    for (const [a, b, c] of out) area += new Vector3().subVectors(b, a).cross(new Vector3().subVectors(c, a)).z / 2;
    expect(area).toBeLessThan(0.35 * (2 * REACH.reachMetres) ** 2);
  });

  it('maps the texture as the full square did', () => {
    const position = geometry.getAttribute('position');
    const uv = geometry.getAttribute('uv');
    for (let i = 0; i < position.count; i += 1) {
      expect(uv.getX(i)).toBeCloseTo(0.5 + position.getX(i) / (2 * REACH.reachMetres), 5);
      expect(uv.getY(i)).toBeCloseTo(0.5 + position.getY(i) / (2 * REACH.reachMetres), 5);
    }
  });
});
