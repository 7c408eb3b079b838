import type { Figure } from '../domain/model/figure';
import { counterIds } from '../domain/model/ids';
import { roomFromFigures, type RoomState } from '../domain/model/roomState';
import { createFigure } from '../domain/model/session';

/** A family on the board for tests and pictures: the client, the intention, an element, parents, a child, one who died, one released. */
export function familyRoom(): RoomState {
  const ids = counterIds('f');
  const figures: Figure[] = [
    createFigure(ids, 'client', 'Me', { x: 0, z: 1.2 }, 0),
    createFigure(ids, 'intention', 'I want to sleep better', { x: 0, z: -0.9 }, 180),
    createFigure(ids, 'element', 'sleep', { x: 0.9, z: -0.4 }, 225),
    { ...createFigure(ids, 'person', 'Mother', { x: -1, z: 0.2 }, 90), colour: 'rose' },
    { ...createFigure(ids, 'person', 'Father', { x: 1.3, z: 0.7 }, 300), colour: 'sky' },
    { ...createFigure(ids, 'person', 'Little sister', { x: -0.6, z: 0.9 }, 30, 'child'), colour: 'sage' },
    { ...createFigure(ids, 'person', 'Grandmother', { x: -1.6, z: -1.2 }, 135), colour: 'plum', deceased: true },
    { ...createFigure(ids, 'free', 'The trauma', { x: 1.6, z: -1.5 }, 200), released: true },
  ];
  return roomFromFigures(figures);
}
