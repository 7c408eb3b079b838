import { describe, expect, it } from 'vitest';
import type { FigureSize } from '../model/figure';
import { counterIds } from '../model/ids';
import { roomFromFigures } from '../model/roomState';
import { createFigure } from '../model/session';
import { overlappingBases } from './overlappingBases';

const ids = () => counterIds('f');

function room(places: readonly { x: number; z: number; size?: FigureSize; released?: boolean }[]) {
  const source = ids();
  return roomFromFigures(
    places.map((place, index) => ({ ...createFigure(source, 'person', `P${index}`, place, 0, place.size ?? 'adult'), released: place.released ?? false })),
  );
}

describe('overlappingBases', () => {
  it('finds two adults whose bases overlap, and not a third standing apart', () => {
    const state = room([
      { x: 0, z: 0 },
      { x: 0.3, z: 0 },
      { x: 2, z: 0 },
    ]);
    expect([...overlappingBases(state)]).toEqual(state.order.slice(0, 2));
  });

  it('lets figures stand shoulder to shoulder', () => {
    expect(
      overlappingBases(
        room([
          { x: 0, z: 0 },
          { x: 0.46, z: 0 },
        ]),
      ).size,
    ).toBe(0);
  });

  it('measures a baby by its smaller base', () => {
    // Adult 0.23 m + baby 0.115 m: 0.3 m apart overlaps, 0.35 m does not.
    expect(
      overlappingBases(
        room([
          { x: 0, z: 0 },
          { x: 0.3, z: 0, size: 'baby' },
        ]),
      ).size,
    ).toBe(2);
    expect(
      overlappingBases(
        room([
          { x: 0, z: 0 },
          { x: 0, z: 0.35, size: 'baby' },
        ]),
      ).size,
    ).toBe(0);
  });

  it('ignores a figure released from its role', () => {
    expect(
      overlappingBases(
        room([
          { x: 0, z: 0 },
          { x: 0.1, z: 0, released: true },
        ]),
      ).size,
    ).toBe(0);
  });

  it('uses the place of a figure being dragged instead of its place in the room', () => {
    const state = room([
      { x: 0, z: 0 },
      { x: 2, z: 0 },
    ]);
    const dragged = state.order[1]!;
    expect(overlappingBases(state, { id: dragged, x: 0.2, z: 0.1 }).size).toBe(2);
    const close = room([
      { x: 0, z: 0 },
      { x: 0.2, z: 0 },
    ]);
    expect(overlappingBases(close, { id: close.order[1]!, x: 2, z: 2 }).size).toBe(0);
  });
});
