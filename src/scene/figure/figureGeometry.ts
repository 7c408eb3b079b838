import {
  BoxGeometry,
  BufferAttribute,
  type BufferGeometry,
  CapsuleGeometry,
  Color,
  ConeGeometry,
  CylinderGeometry,
  Euler,
  Matrix4,
  Quaternion,
  SphereGeometry,
  Vector3,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { FigureKind } from '../../domain/model/figure';
import type { Posture } from '../../domain/model/pose';
import { postureTransform } from './postureTransform';

/** What decides a figure's shape and colours: figures alike share one geometry. */
export interface FigureLook {
  readonly kind: FigureKind;
  readonly posture: Posture;
  /** The body's colour (already muted for someone who has died). */
  readonly colour: string;
  readonly deceased: boolean;
}

const SKIN = '#efe3d0';
const INK = '#4a4038';

interface Part {
  readonly geometry: BufferGeometry;
  readonly colour: string;
  readonly at?: readonly [number, number, number];
  readonly turn?: readonly [number, number, number];
  readonly scale?: readonly [number, number, number];
  /** Faceted (the intention's pillar): each face one normal, as `flatShading` drew it. */
  readonly flat?: boolean;
}

interface BodyShape {
  readonly body: Part;
  readonly bandY: number;
  readonly bandRadius: number;
  readonly headY: number;
  readonly headRadius: number;
}

/**
 * Neutral bodies, told apart by shape: people (the client and added persons) have a head on a
 * rounded body, the intention is a six-sided pillar, elements are tapered pegs, free elements
 * are blocks. None has a face; the nose shows the way it looks.
 */
function bodyShape(kind: FigureKind, colour: string): BodyShape {
  switch (kind) {
    case 'client':
    case 'person':
      return {
        body: { geometry: new CapsuleGeometry(0.14, 0.4, 6, 16), colour, at: [0, 0.36, 0] },
        bandY: 0.5,
        bandRadius: 0.143,
        headY: 0.79,
        headRadius: 0.12,
      };
    case 'intention':
      return {
        body: { geometry: new CylinderGeometry(0.15, 0.17, 0.7, 6), colour, at: [0, 0.36, 0], flat: true },
        bandY: 0.5,
        bandRadius: 0.158,
        headY: 0.8,
        headRadius: 0.1,
      };
    case 'element':
      return {
        body: { geometry: new CylinderGeometry(0.07, 0.15, 0.6, 20), colour, at: [0, 0.3, 0] },
        bandY: 0.4,
        bandRadius: 0.102,
        headY: 0.68,
        headRadius: 0.1,
      };
    case 'free':
      return { body: { geometry: new BoxGeometry(0.3, 0.44, 0.3), colour, at: [0, 0.22, 0] }, bandY: 0.3, bandRadius: 0.215, headY: 0.55, headRadius: 0.1 };
  }
}

/** Body, head with its nose toward −z, and (for someone who has died) a soft dark band. */
function bodyParts(look: FigureLook): Part[] {
  const shape = bodyShape(look.kind, look.colour);
  const r = shape.headRadius;
  const parts: Part[] = [
    shape.body,
    { geometry: new SphereGeometry(r, 24, 16), colour: look.kind === 'client' ? SKIN : look.colour, at: [0, shape.headY, 0] },
    { geometry: new ConeGeometry(r * 0.32, r * 0.7, 16), colour: INK, at: [0, shape.headY, -r * 1.05], turn: [-Math.PI / 2, 0, 0] },
  ];
  if (look.deceased) {
    parts.push({ geometry: new CylinderGeometry(shape.bandRadius, shape.bandRadius, 0.07, 24, 1, true), colour: INK, at: [0, shape.bandY, 0] });
  }
  return parts;
}

/** The base every figure stands on, with a notch pointing where it faces: plain from above. */
function baseParts(colour: string): Part[] {
  return [
    { geometry: new CylinderGeometry(0.22, 0.23, 0.024, 32), colour, at: [0, 0.012, 0] },
    { geometry: new ConeGeometry(0.09, 0.14, 3), colour: INK, at: [0, 0.014, -0.27], turn: [-Math.PI / 2, 0, 0], scale: [1, 1, 0.25] },
  ];
}

function matrixOf(at: readonly number[] = [0, 0, 0], turn: readonly number[] = [0, 0, 0], scale: readonly number[] = [1, 1, 1]): Matrix4 {
  const [x = 0, y = 0, z = 0] = at;
  const [rx = 0, ry = 0, rz = 0] = turn;
  const [sx = 1, sy = 1, sz = 1] = scale;
  return new Matrix4().compose(new Vector3(x, y, z), new Quaternion().setFromEuler(new Euler(rx, ry, rz)), new Vector3(sx, sy, sz));
}

/** One part placed, coloured per vertex, unindexed so all parts merge alike. */
function placed(part: Part, outer: Matrix4): BufferGeometry {
  const geometry = part.geometry.toNonIndexed();
  part.geometry.dispose();
  geometry.applyMatrix4(new Matrix4().multiplyMatrices(outer, matrixOf(part.at, part.turn, part.scale)));
  if (part.flat) geometry.computeVertexNormals();
  geometry.deleteAttribute('uv');
  const colour = new Color(part.colour);
  const count = geometry.getAttribute('position').count;
  const colours = new Float32Array(count * 3);
  for (let i = 0; i < count; i += 1) colours.set([colour.r, colour.g, colour.b], i * 3);
  geometry.setAttribute('color', new BufferAttribute(colours, 3));
  return geometry;
}

/** Base, body and head as one geometry: a figure is drawn in one call (its floor mark in another). */
export function buildFigureGeometry(look: FigureLook): BufferGeometry {
  const posture = postureTransform(look.posture);
  const bodyMatrix = matrixOf(posture.position, posture.rotation, posture.scale);
  const pieces = [...baseParts(look.colour).map((part) => placed(part, new Matrix4())), ...bodyParts(look).map((part) => placed(part, bodyMatrix))];
  const merged = mergeGeometries(pieces);
  for (const piece of pieces) piece.dispose();
  if (!merged) throw new Error(`figure geometry for ${look.kind} did not merge`);
  merged.computeBoundingSphere();
  return merged;
}

const shared = new Map<string, BufferGeometry>();

/**
 * Built once per look and shared by every figure that looks alike; kept for the page's life
 * (a handful of kinds × postures × palette colours, a few kilobytes each).
 */
export function figureGeometry(look: FigureLook): BufferGeometry {
  const key = `${look.kind}|${look.posture}|${look.colour}|${look.deceased ? 'd' : 'l'}`;
  let geometry = shared.get(key);
  if (!geometry) {
    geometry = buildFigureGeometry(look);
    shared.set(key, geometry);
  }
  return geometry;
}
