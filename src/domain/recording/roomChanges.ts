import type { Figure } from '../model/figure';
import type { FigureId } from '../model/ids';
import { type Pose, posesEqual } from '../model/pose';
import type { RoomState } from '../model/roomState';
import type { FigureAppearance, UnstampedEvent } from './events';

/** `deceased` is written only when true, so recordings made before it existed read and compare the same. */
export function appearanceOf(figure: Figure): FigureAppearance {
  const look = { kind: figure.kind, label: figure.label, colour: figure.colour, size: figure.size, released: figure.released };
  return { ...look, ...(figure.deceased ? { deceased: true } : {}), ...(figure.drawn ? { drawn: figure.drawn } : {}) };
}

const sameStrokes = (a: readonly string[] | undefined, b: readonly string[] | undefined) => (a ?? []).join(' ') === (b ?? []).join(' ');

const sameAppearance = (a: FigureAppearance, b: FigureAppearance) =>
  a.kind === b.kind &&
  a.label === b.label &&
  a.colour === b.colour &&
  a.size === b.size &&
  a.released === b.released &&
  (a.deceased ?? false) === (b.deceased ?? false) &&
  sameStrokes(a.drawn, b.drawn);

/**
 * The events that turn one room into the next: figures added and removed, appearances and
 * poses changed. Every change of the room goes through here, undo and redo included, so the
 * recording is always a faithful account of what the room showed.
 * `lastPose` gives the pose last recorded for a figure, so a pose already recorded (the end of
 * a drag) is not recorded twice.
 */
export function roomChanges(previous: RoomState, next: RoomState, lastPose: (id: FigureId) => Pose | undefined): UnstampedEvent[] {
  if (previous === next) return [];
  const events: UnstampedEvent[] = [];
  for (const id of previous.order) {
    if (!next.figures[id]) events.push({ type: 'figureRemoved', figureId: id });
  }
  for (const id of next.order) {
    const figure = next.figures[id];
    const before = previous.figures[id];
    if (!figure || figure === before) continue;
    if (!before) {
      events.push({ type: 'figureAdded', figureId: id, appearance: appearanceOf(figure), pose: figure.pose });
      continue;
    }
    const appearance = appearanceOf(figure);
    if (!sameAppearance(appearance, appearanceOf(before))) events.push({ type: 'figureChanged', figureId: id, appearance });
    const recorded = lastPose(id) ?? before.pose;
    if (!posesEqual(recorded, figure.pose)) events.push({ type: 'pose', figureId: id, pose: figure.pose, joined: false });
  }
  return events;
}
