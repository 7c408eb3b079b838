import { facingDirection } from './pose';
import { BOARD_HALF_SIZE, type FloorPoint } from './room';
import { type Degrees, degrees, metres } from './units';

/**
 * Where new figures land: on the board, in a calm arc in front of the client, never on top of
 * another figure. Pure and deterministic: the same room gives the same spots.
 */

/** New figures keep this far inside the board's edge, so a whole figure stands on it. */
export const PLACEMENT_MARGIN_METRES = 0.25;
/** No new figure lands closer than this to another while the board has room for it. */
export const MIN_SPACING_METRES = 0.55;
/** Neighbours on an arc stand this far apart. */
const ARC_SPACING_METRES = 0.7;
const FIRST_ARC_RADIUS_METRES = 1.2;
const ARC_STEP_METRES = 0.7;
const ARC_COUNT = 5;
/** An arc reaches this far to either side of the client's facing: in front, never behind. */
const ARC_HALF_ANGLE_DEGREES = 75;
/** When the board is full, the spot furthest from everyone is sought on a grid this fine. */
const FALLBACK_GRID_METRES = 0.05;

const LIMIT = BOARD_HALF_SIZE - PLACEMENT_MARGIN_METRES;

/** Where the client stands when a session starts: at the front of the board, facing into it. */
export const CLIENT_START: { readonly x: number; readonly z: number; readonly facing: Degrees } = {
  x: 0,
  z: BOARD_HALF_SIZE - 0.45,
  facing: degrees(0),
};

type Point = { readonly x: number; readonly z: number };
/** The figure the arcs are drawn around: where it stands and which way it faces. */
export type ArcCentre = Point & { readonly facing: number };

/** Centimetres, the grid keyboard steps use; −0 reads as 0. */
const round = (value: number): number => (Math.sign(value) * Math.round(Math.abs(value) * 100)) / 100 || 0;

export function isInsidePlacementArea(point: Point): boolean {
  return Math.abs(point.x) <= LIMIT + 1e-9 && Math.abs(point.z) <= LIMIT + 1e-9;
}

const keepsSpacing = (point: Point, taken: readonly Point[]) =>
  taken.every((other) => Math.hypot(other.x - point.x, other.z - point.z) >= MIN_SPACING_METRES - 1e-9);

const isFree = (point: Point, taken: readonly Point[]) => isInsidePlacementArea(point) && keepsSpacing(point, taken);

function onArc(centre: ArcCentre, radius: number, angleDegrees: number): FloorPoint {
  const direction = facingDirection(degrees(centre.facing + angleDegrees));
  return { x: metres(round(centre.x + radius * direction.x)), z: metres(round(centre.z + radius * direction.z)) };
}

const arcRadius = (arc: number) => FIRST_ARC_RADIUS_METRES + arc * ARC_STEP_METRES;
const angleStep = (radius: number) => ((ARC_SPACING_METRES / radius) * 180) / Math.PI;

/** The angles of one arc's spots from left to right, evenly spread, `count` of them centred. */
function centredAngles(radius: number, count: number): number[] {
  const step = angleStep(radius);
  return Array.from({ length: count }, (_, i) => (i - (count - 1) / 2) * step);
}

/** Every spot of one arc that lies inside the board, left to right (seen from the client). */
function arcSpots(centre: ArcCentre, arc: number): FloorPoint[] {
  const radius = arcRadius(arc);
  const perSide = Math.floor(ARC_HALF_ANGLE_DEGREES / angleStep(radius));
  return centredAngles(radius, 2 * perSide + 1)
    .map((angle) => onArc(centre, radius, angle))
    .filter(isInsidePlacementArea);
}

/** Candidate spots in order of preference: nearer arcs first, on each the middle first, then outward. */
function preferredSpots(centre: ArcCentre): FloorPoint[] {
  const spots: FloorPoint[] = [];
  for (let arc = 0; arc < ARC_COUNT; arc += 1) {
    const radius = arcRadius(arc);
    const step = angleStep(radius);
    // Half steps too, so a figure can stand between two spots an uneven row left apart.
    const halfStepsPerSide = Math.floor(ARC_HALF_ANGLE_DEGREES / (step / 2));
    for (let k = 0; k <= 2 * halfStepsPerSide; k += 1) {
      const magnitude = (Math.ceil(k / 2) * step) / 2;
      spots.push(onArc(centre, radius, k % 2 === 1 ? magnitude : -magnitude));
    }
  }
  return spots;
}

/** The grid point furthest from every figure; ties go to the one nearest the arc centre, then by x and z. */
function roomiestSpot(taken: readonly Point[], centre: Point): FloorPoint {
  const steps = Math.round(LIMIT / FALLBACK_GRID_METRES);
  let best = { x: 0, z: 0, roomSquared: -1, distanceSquared: Number.POSITIVE_INFINITY };
  for (let i = -steps; i <= steps; i += 1) {
    for (let j = -steps; j <= steps; j += 1) {
      const x = round(i * FALLBACK_GRID_METRES);
      const z = round(j * FALLBACK_GRID_METRES);
      // Squared distances, and a point stops being measured once it cannot beat the best.
      let roomSquared = Number.POSITIVE_INFINITY;
      for (const other of taken) {
        roomSquared = Math.min(roomSquared, (other.x - x) ** 2 + (other.z - z) ** 2);
        if (roomSquared < best.roomSquared - 1e-12) break;
      }
      const distanceSquared = (x - centre.x) ** 2 + (z - centre.z) ** 2;
      const roomier = roomSquared > best.roomSquared + 1e-12;
      const asRoomyAndNearer = Math.abs(roomSquared - best.roomSquared) <= 1e-12 && distanceSquared < best.distanceSquared - 1e-12;
      if (roomier || asRoomyAndNearer) best = { x, z, roomSquared, distanceSquared };
    }
  }
  return { x: metres(best.x), z: metres(best.z) };
}

/**
 * A spot for one new figure: the first free spot on the arcs in front of `centre` (the client),
 * else the spot on the board furthest from every other figure.
 */
export function freeSpot(taken: readonly Point[], centre: ArcCentre = CLIENT_START): FloorPoint {
  return preferredSpots(centre).find((spot) => isFree(spot, taken)) ?? roomiestSpot(taken, centre);
}

/**
 * Where a new session's figures stand: the client at the front of the board facing into it,
 * the others in arcs in front of the client, left to right in the order given, each arc filled
 * before the next and a part-filled arc centred.
 */
export function startPositions(count: number): FloorPoint[] {
  if (count <= 0) return [];
  const client: FloorPoint = { x: metres(CLIENT_START.x), z: metres(CLIENT_START.z) };
  const placed: FloorPoint[] = [client];
  let arc = 0;
  while (placed.length < count && arc < ARC_COUNT) {
    const spots = arcSpots(CLIENT_START, arc);
    const wanted = count - placed.length;
    const radius = arcRadius(arc);
    const row = wanted >= spots.length ? spots : centredAngles(radius, wanted).map((angle) => onArc(CLIENT_START, radius, angle));
    for (const spot of row) placed.push(isFree(spot, placed) ? spot : freeSpot(placed));
    arc += 1;
  }
  while (placed.length < count) placed.push(freeSpot(placed));
  return placed;
}
