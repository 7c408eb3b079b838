import type { InterleavedBufferAttribute } from 'three';
import type { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { LineSegments2 } from 'three/examples/jsm/lines/LineSegments2.js';
import { LineSegmentsGeometry } from 'three/examples/jsm/lines/LineSegmentsGeometry.js';
import type { TrailSink } from '../../domain/replay/trailFollower';

const TRAIL_HEIGHT_METRES = 0.015;
const FIRST_CAPACITY_SEGMENTS = 64;
/** A segment is its start and end, x y z each. */
const FLOATS_PER_SEGMENT = 6;

/**
 * One figure's trail as a line on the floor, kept in a buffer that grows by doubling and is
 * written in place: a frame that adds a point uploads that point, and the material is never
 * replaced, so playing compiles no shader.
 */
export class TrailLine implements TrailSink {
  readonly object: LineSegments2;
  private readonly geometry = new LineSegmentsGeometry();
  private segments = new Float32Array(FIRST_CAPACITY_SEGMENTS * FLOATS_PER_SEGMENT);
  private keptSegments = 0;
  private hasPoint = false;
  private hasTip = false;
  private lastX = 0;
  private lastZ = 0;

  constructor(material: LineMaterial) {
    this.geometry.setPositions(this.segments);
    this.object = new LineSegments2(this.geometry, material);
    // The buffer's unused end would make a wrong bounding sphere; a trail on the floor is always in view anyway.
    this.object.frustumCulled = false;
    this.showCount();
  }

  /** Whether there is a segment to draw (an empty line is hidden: no draw call for nothing). */
  get drawsSomething(): boolean {
    return this.geometry.instanceCount > 0;
  }

  clear(): void {
    this.keptSegments = 0;
    this.hasPoint = false;
    this.hasTip = false;
    this.showCount();
  }

  add(x: number, z: number): void {
    if (this.hasPoint) {
      this.write(this.keptSegments, x, z);
      this.keptSegments += 1;
    }
    this.hasPoint = true;
    this.hasTip = false;
    this.lastX = x;
    this.lastZ = z;
    this.showCount();
  }

  tip(x: number, z: number): void {
    if (!this.hasPoint) return;
    this.write(this.keptSegments, x, z);
    this.hasTip = true;
    this.showCount();
  }

  noTip(): void {
    this.hasTip = false;
    this.showCount();
  }

  dispose(): void {
    this.geometry.dispose();
  }

  /** Segment `i` from the last kept point to (x, z). */
  private write(i: number, x: number, z: number): void {
    this.ensureCapacity(i + 1);
    const at = i * FLOATS_PER_SEGMENT;
    // In place, one number at a time: no array made per segment while playing.
    const segments = this.segments;
    segments[at] = this.lastX;
    segments[at + 1] = TRAIL_HEIGHT_METRES;
    segments[at + 2] = this.lastZ;
    segments[at + 3] = x;
    segments[at + 4] = TRAIL_HEIGHT_METRES;
    segments[at + 5] = z;
    const buffer = (this.geometry.attributes.instanceStart as InterleavedBufferAttribute).data;
    buffer.addUpdateRange(at, FLOATS_PER_SEGMENT);
    buffer.needsUpdate = true;
  }

  private ensureCapacity(segments: number): void {
    const capacity = this.segments.length / FLOATS_PER_SEGMENT;
    if (segments <= capacity) return;
    const grown = new Float32Array(Math.max(segments, capacity * 2) * FLOATS_PER_SEGMENT);
    grown.set(this.segments);
    this.segments = grown;
    // Frees the outgrown buffer on the graphics card now, not when the replay closes; the
    // renderer uploads the grown one at the next frame.
    this.geometry.dispose();
    this.geometry.setPositions(grown);
  }

  private showCount(): void {
    this.geometry.instanceCount = this.keptSegments + (this.hasTip ? 1 : 0);
  }
}
