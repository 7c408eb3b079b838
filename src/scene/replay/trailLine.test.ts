import type { InterleavedBufferAttribute } from 'three';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { describe, expect, it, vi } from 'vitest';
import { TrailLine } from './trailLine';

const startOf = (line: TrailLine) => line.object.geometry.attributes.instanceStart as InterleavedBufferAttribute;

/** The segments the line holds, as [x0, z0, x1, z1], read back from its buffer. */
function segmentsOf(line: TrailLine): number[][] {
  const data = startOf(line).data.array as Float32Array;
  return Array.from({ length: line.object.geometry.instanceCount }, (_, i) => [
    data[i * 6] ?? 0,
    data[i * 6 + 2] ?? 0,
    data[i * 6 + 3] ?? 0,
    data[i * 6 + 5] ?? 0,
  ]);
}

describe('TrailLine', () => {
  it('writes each segment from the last kept point, and the tip after them', () => {
    const line = new TrailLine(new LineMaterial());
    line.add(0, 0);
    line.add(1, 0);
    line.add(1, 2);
    line.tip(1.5, 2.5);
    expect(segmentsOf(line)).toEqual([
      [0, 0, 1, 0],
      [1, 0, 1, 2],
      [1, 2, 1.5, 2.5],
    ]);
  });

  it('keeps every point when its buffer grows, and frees the outgrown buffer at once', () => {
    const line = new TrailLine(new LineMaterial());
    const freed = vi.fn();
    line.object.geometry.addEventListener('dispose', freed);
    const first = startOf(line).data;
    for (let i = 0; i <= 64; i += 1) line.add(i, -i);
    expect(freed).not.toHaveBeenCalled();
    line.add(65, -65);
    expect(freed).toHaveBeenCalledOnce();
    expect(startOf(line).data).not.toBe(first);
    const segments = segmentsOf(line);
    expect(segments).toHaveLength(65);
    segments.forEach((segment, i) => expect(segment).toEqual([i, -i, i + 1, -(i + 1)]));
  });
});
