import type { Figure, FigureColour, FigureSize } from './figure';
import { cleanLabel } from './figure';
import type { FigureId } from './ids';
import { type Pose, type Posture, createPose, posesEqual } from './pose';
import type { RoomState } from './roomState';

/**
 * The named edits of the room. Each is pure and returns the same object when nothing
 * changes, so that the store records no empty undo steps.
 */

function updateFigure(room: RoomState, id: FigureId, update: (figure: Figure) => Figure): RoomState {
  const figure = room.figures[id];
  if (!figure) return room;
  const next = update(figure);
  if (next === figure) return room;
  return { ...room, figures: { ...room.figures, [id]: next } };
}

export function addFigure(room: RoomState, figure: Figure): RoomState {
  if (room.figures[figure.id]) return room;
  return { figures: { ...room.figures, [figure.id]: figure }, order: [...room.order, figure.id] };
}

export function removeFigure(room: RoomState, id: FigureId): RoomState {
  if (!room.figures[id]) return room;
  const figures = Object.fromEntries(Object.entries(room.figures).filter(([key]) => key !== id)) as RoomState['figures'];
  return { figures, order: room.order.filter((other) => other !== id) };
}

/** Sets a whole pose; position is kept inside the room and facing in [0°, 360°). */
export function placeFigure(room: RoomState, id: FigureId, pose: { x: number; z: number; facing: number; posture?: Posture }): RoomState {
  return updateFigure(room, id, (figure) => {
    const next = createPose(pose.x, pose.z, pose.facing, pose.posture ?? figure.pose.posture);
    return posesEqual(next, figure.pose) ? figure : { ...figure, pose: next };
  });
}

export function moveFigureTo(room: RoomState, id: FigureId, point: { x: number; z: number }): RoomState {
  const figure = room.figures[id];
  return figure ? placeFigure(room, id, { ...figure.pose, ...point }) : room;
}

/** Moves by a step in metres; keyboard moves round to the centimetre so repeated steps stay tidy. */
export function nudgeFigure(room: RoomState, id: FigureId, dxMetres: number, dzMetres: number): RoomState {
  const figure = room.figures[id];
  if (!figure || (dxMetres === 0 && dzMetres === 0)) return room;
  // Rounded the same way on both sides of the centre, so the room stays symmetric.
  const centi = (value: number) => (Math.sign(value) * Math.round(Math.abs(value) * 100)) / 100;
  return moveFigureTo(room, id, { x: centi(figure.pose.x + dxMetres), z: centi(figure.pose.z + dzMetres) });
}

export function turnFigureTo(room: RoomState, id: FigureId, facingDegrees: number): RoomState {
  const figure = room.figures[id];
  return figure ? placeFigure(room, id, { ...figure.pose, facing: facingDegrees }) : room;
}

/** Turns clockwise (seen from above) by a positive angle, counter-clockwise by a negative one. */
export function turnFigureBy(room: RoomState, id: FigureId, deltaDegrees: number): RoomState {
  const figure = room.figures[id];
  return figure ? turnFigureTo(room, id, figure.pose.facing + deltaDegrees) : room;
}

export function setPosture(room: RoomState, id: FigureId, posture: Posture): RoomState {
  const figure = room.figures[id];
  return figure ? placeFigure(room, id, { ...figure.pose, posture }) : room;
}

export function renameFigure(room: RoomState, id: FigureId, label: string): RoomState {
  const cleaned = cleanLabel(label);
  if (cleaned === '') return room;
  return updateFigure(room, id, (figure) => (figure.label === cleaned ? figure : { ...figure, label: cleaned }));
}

export function recolourFigure(room: RoomState, id: FigureId, colour: FigureColour): RoomState {
  return updateFigure(room, id, (figure) => (figure.colour === colour ? figure : { ...figure, colour }));
}

/** Changes a person between adult, child and baby; other kinds keep the size they have. */
export function resizeFigure(room: RoomState, id: FigureId, size: FigureSize): RoomState {
  return updateFigure(room, id, (figure) => (figure.kind !== 'person' || figure.size === size ? figure : { ...figure, size }));
}

/** Marks a figure as standing for someone who has died, or takes the mark away. */
export function setDeceased(room: RoomState, id: FigureId, deceased: boolean): RoomState {
  return updateFigure(room, id, (figure) => {
    if ((figure.deceased ?? false) === deceased) return figure;
    // Alive is written as no field at all, as a figure made alive has it.
    const { deceased: _was, ...alive } = figure;
    return deceased ? { ...alive, deceased: true } : alive;
  });
}

export function poseOf(room: RoomState, id: FigureId): Pose | undefined {
  return room.figures[id]?.pose;
}

/** Releases a figure from its role: it leaves the room but stays on record. */
export function releaseFigure(room: RoomState, id: FigureId): RoomState {
  return updateFigure(room, id, (figure) => (figure.released ? figure : { ...figure, released: true }));
}
