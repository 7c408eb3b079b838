import type { FigureSize } from '../model/figure';
import type { FigureId } from '../model/ids';
import type { RoomState } from '../model/roomState';

/** The radius of a figure's base on the floor, in metres: the family board's footprint of each size. */
export const BASE_RADIUS_METRES: Readonly<Record<FigureSize, number>> = { adult: 0.23, child: 0.161, baby: 0.115 };

/** Bases closer than this still count as touching, not overlapping: figures may stand shoulder to shoulder. */
const TOUCH_TOLERANCE_METRES = 0.01;

export interface StandingFigure {
  readonly id: FigureId;
  readonly size: FigureSize;
  readonly x: number;
  readonly z: number;
}

/**
 * The figures whose bases overlap another figure's base. Figures may stand close; two standing
 * on the same spot are shown so that neither is lost. Released figures have left the room.
 * `moved` replaces one figure's place, for a figure being dragged.
 */
export function overlappingBases(room: RoomState, moved?: { readonly id: FigureId; readonly x: number; readonly z: number }): ReadonlySet<FigureId> {
  const standing: StandingFigure[] = [];
  for (const id of room.order) {
    const figure = room.figures[id];
    if (!figure || figure.released) continue;
    const place = moved?.id === id ? moved : figure.pose;
    standing.push({ id, size: figure.size, x: place.x, z: place.z });
  }
  const overlapping = new Set<FigureId>();
  for (const [index, a] of standing.entries()) {
    for (const b of standing.slice(index + 1)) {
      const reach = BASE_RADIUS_METRES[a.size] + BASE_RADIUS_METRES[b.size] - TOUCH_TOLERANCE_METRES;
      if (Math.hypot(a.x - b.x, a.z - b.z) < reach) {
        overlapping.add(a.id);
        overlapping.add(b.id);
      }
    }
  }
  return overlapping;
}
