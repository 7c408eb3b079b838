import { describe, expect, it } from 'vitest';
import { MAX_LABEL_LENGTH } from './figure';
import {
  addFigure,
  moveFigureTo,
  nudgeFigure,
  placeFigure,
  poseOf,
  recolourFigure,
  removeFigure,
  renameFigure,
  resizeFigure,
  setDeceased,
  setPosture,
  turnFigureBy,
  turnFigureTo,
} from './figureEdits';
import { figureId, type FigureId } from './ids';
import { createPose } from './pose';
import { ROOM_HALF_SIZE } from './room';
import { EMPTY_ROOM, type RoomState, roomFromFigures } from './roomState';
import { createFigure } from './session';
import { A, B, C, figure, room } from './testFigures';

const MISSING = figureId('missing');

function pose(state: RoomState, id: FigureId) {
  const found = poseOf(state, id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
}

describe('placeFigure', () => {
  it('sets the whole pose of one figure and leaves the others as they were', () => {
    const before = room();
    const after = placeFigure(before, A, { x: 1.5, z: -0.5, facing: 45, posture: 'sitting' });
    expect(pose(after, A)).toEqual({ x: 1.5, z: -0.5, facing: 45, posture: 'sitting' });
    expect(after.figures[B]).toBe(before.figures[B]);
    expect(after.figures[C]).toBe(before.figures[C]);
    expect(after.order).toEqual(before.order);
  });

  it('does not change the room it was given', () => {
    const before = room();
    const snapshot = structuredClone(before);
    placeFigure(before, A, { x: 2, z: 2, facing: 10 });
    expect(before).toEqual(snapshot);
  });

  it('keeps the posture when none is given', () => {
    const sitting = placeFigure(room(), A, { x: 0, z: 0, facing: 0, posture: 'kneeling' });
    expect(pose(placeFigure(sitting, A, { x: 1, z: 1, facing: 0 }), A).posture).toBe('kneeling');
  });

  it('keeps the figure inside the room and the facing in [0, 360)', () => {
    const after = placeFigure(room(), A, { x: 10, z: -10, facing: -30 });
    expect(pose(after, A)).toMatchObject({ x: ROOM_HALF_SIZE, z: -ROOM_HALF_SIZE, facing: 330 });
  });

  it('returns the same room when the pose does not change', () => {
    const before = room();
    const { x, z, facing } = pose(before, B);
    expect(placeFigure(before, B, { x, z, facing })).toBe(before);
    expect(placeFigure(before, B, { x, z, facing: facing + 360 })).toBe(before);
  });

  it('returns the same room when a pose outside the room clamps to where the figure already is', () => {
    const atEdge = placeFigure(room(), A, { x: 3, z: 0, facing: 0 });
    expect(placeFigure(atEdge, A, { x: 4, z: 0, facing: 0 })).toBe(atEdge);
  });

  it('returns the same room for an unknown figure', () => {
    const before = room();
    expect(placeFigure(before, MISSING, { x: 1, z: 1, facing: 1 })).toBe(before);
  });
});

describe('moveFigureTo and setPosture', () => {
  it('moves without turning', () => {
    const after = moveFigureTo(room(), B, { x: -1, z: 2.5 });
    expect(pose(after, B)).toEqual({ x: -1, z: 2.5, facing: 90, posture: 'standing' });
  });

  it('changes the posture only', () => {
    const after = setPosture(room(), B, 'lying');
    expect(pose(after, B)).toEqual({ x: 1, z: -1, facing: 90, posture: 'lying' });
  });

  it('returns the same room when nothing changes', () => {
    const before = room();
    expect(moveFigureTo(before, B, { x: 1, z: -1 })).toBe(before);
    expect(setPosture(before, B, 'standing')).toBe(before);
    expect(moveFigureTo(before, MISSING, { x: 1, z: 1 })).toBe(before);
    expect(setPosture(before, MISSING, 'lying')).toBe(before);
  });
});

describe('nudgeFigure', () => {
  it('moves by a step in metres', () => {
    const after = nudgeFigure(room(), B, 0.25, -0.5);
    expect(pose(after, B)).toMatchObject({ x: 1.25, z: -1.5, facing: 90 });
  });

  it('rounds to the centimetre so that repeated steps stay tidy', () => {
    let state = room();
    for (let step = 0; step < 10; step += 1) state = nudgeFigure(state, A, 0.1, -0.1);
    // Without rounding, ten steps of 0.1 add up to 0.9999999999999999.
    expect(pose(state, A).x).toBe(1);
    expect(pose(state, A).z).toBe(-1);
  });

  it('rounds a step of a few millimetres', () => {
    expect(pose(nudgeFigure(room(), A, 0.016, -0.014), A)).toMatchObject({ x: 0.02, z: -0.01 });
  });

  it('returns the same room when the step rounds away', () => {
    const before = room();
    expect(nudgeFigure(before, A, 0.004, -0.004)).toBe(before);
  });

  it('leaves a figure off the centimetre grid where it is when the step is zero', () => {
    const before = placeFigure(room(), A, { x: -1.375, z: 0.125, facing: 0 });
    expect(nudgeFigure(before, A, 0, 0)).toBe(before);
  });

  it('rounds the same way on both sides of the centre', () => {
    const left = nudgeFigure(placeFigure(room(), A, { x: -1.275, z: 0, facing: 0 }), A, -0.1, 0);
    const right = nudgeFigure(placeFigure(room(), A, { x: 1.275, z: 0, facing: 0 }), A, 0.1, 0);
    expect(pose(left, A).x).toBe(-pose(right, A).x);
  });

  it('stops at the wall and then returns the same room', () => {
    let state = room();
    for (let step = 0; step < 40; step += 1) state = nudgeFigure(state, A, 0.1, 0.1);
    expect(pose(state, A)).toMatchObject({ x: ROOM_HALF_SIZE, z: ROOM_HALF_SIZE });
    expect(nudgeFigure(state, A, 0.1, 0.1)).toBe(state);
  });

  it('returns the same room for an unknown figure', () => {
    const before = room();
    expect(nudgeFigure(before, MISSING, 1, 1)).toBe(before);
  });
});

describe('turnFigureBy and turnFigureTo', () => {
  it('turns clockwise by a positive angle and counter-clockwise by a negative one', () => {
    expect(pose(turnFigureBy(room(), B, 15), B).facing).toBe(105);
    expect(pose(turnFigureBy(room(), B, -15), B).facing).toBe(75);
  });

  it('wraps past 360° and below 0°', () => {
    expect(pose(turnFigureBy(room(), C, 20), C).facing).toBe(10);
    expect(pose(turnFigureBy(room(), A, -20), A).facing).toBe(340);
    expect(pose(turnFigureBy(room(), A, -725), A).facing).toBe(355);
  });

  it('returns the same room for a whole turn', () => {
    const before = room();
    expect(turnFigureBy(before, B, 360)).toBe(before);
    expect(turnFigureBy(before, B, -720)).toBe(before);
    expect(turnFigureBy(before, B, 0)).toBe(before);
  });

  it('turns to an absolute facing, normalised', () => {
    expect(pose(turnFigureTo(room(), A, 400), A).facing).toBe(40);
    expect(pose(turnFigureTo(room(), A, -45), A).facing).toBe(315);
    const before = room();
    expect(turnFigureTo(before, B, 450)).toBe(before);
    expect(turnFigureTo(before, MISSING, 10)).toBe(before);
    expect(turnFigureBy(before, MISSING, 10)).toBe(before);
  });

  it('does not move the figure while turning', () => {
    const after = turnFigureBy(room(), B, 33);
    expect(pose(after, B)).toMatchObject({ x: 1, z: -1, posture: 'standing' });
  });
});

describe('renameFigure', () => {
  it('trims the label and collapses inner white space', () => {
    expect(renameFigure(room(), A, '  Mor \n  og   far  ').figures[A]?.label).toBe('Mor og far');
  });

  it('limits the label length', () => {
    const label = renameFigure(room(), A, 'x'.repeat(MAX_LABEL_LENGTH + 40)).figures[A]?.label;
    expect(label).toBe('x'.repeat(MAX_LABEL_LENGTH));
  });

  it('ignores an empty or blank label', () => {
    const before = room();
    expect(renameFigure(before, A, '')).toBe(before);
    expect(renameFigure(before, A, ' \t\n ')).toBe(before);
  });

  it('returns the same room when the cleaned label is unchanged', () => {
    const before = room();
    const label = before.figures[A]?.label ?? '';
    expect(renameFigure(before, A, `  ${label}  `)).toBe(before);
  });

  it('returns the same room for an unknown figure', () => {
    const before = room();
    expect(renameFigure(before, MISSING, 'Anyone')).toBe(before);
  });

  it('changes only the label', () => {
    const before = room();
    const after = renameFigure(before, A, 'Søvn');
    expect(after.figures[A]).toEqual({ ...before.figures[A], label: 'Søvn' });
    expect(after.figures[B]).toBe(before.figures[B]);
  });
});

describe('recolourFigure', () => {
  it('changes the colour', () => {
    const before = room();
    const after = recolourFigure(before, A, 'plum');
    expect(after.figures[A]).toEqual({ ...before.figures[A], colour: 'plum' });
  });

  it('returns the same room for the same colour or an unknown figure', () => {
    const before = room();
    const colour = before.figures[A]?.colour ?? 'sand';
    expect(recolourFigure(before, A, colour)).toBe(before);
    expect(recolourFigure(before, MISSING, 'plum')).toBe(before);
  });
});

describe('addFigure and removeFigure', () => {
  it('adds at the end of the order', () => {
    const added = figure(figureId('d'), 0.5, 0.5);
    const after = addFigure(room(), added);
    expect(after.order).toEqual([A, B, C, 'd']);
    expect(after.figures[figureId('d')]).toBe(added);
  });

  it('adds to an empty room', () => {
    const after = addFigure(EMPTY_ROOM, figure(A));
    expect(after.order).toEqual([A]);
    expect(EMPTY_ROOM.order).toEqual([]);
  });

  it('returns the same room when a figure with that id is already there', () => {
    const before = room();
    expect(addFigure(before, figure(A, 2, 2))).toBe(before);
  });

  it('removes one figure and keeps the order of the rest', () => {
    const before = room();
    const after = removeFigure(before, B);
    expect(after.order).toEqual([A, C]);
    expect(Object.keys(after.figures).sort()).toEqual([A, C]);
    expect(after.figures[A]).toBe(before.figures[A]);
    expect(before.order).toEqual([A, B, C]);
  });

  it('returns the same room when removing an unknown figure', () => {
    const before = room();
    expect(removeFigure(before, MISSING)).toBe(before);
  });

  it('can add a figure again after removing it, at the end', () => {
    const before = room();
    const again = addFigure(removeFigure(before, A), figure(A));
    expect(again.order).toEqual([B, C, A]);
  });
});

describe('resizeFigure', () => {
  const person = (size: 'adult' | 'child' | 'baby' = 'adult') => roomFromFigures([createFigure(() => A, 'person', 'Mor', { x: 0, z: 0 }, 0, size), figure(B)]);

  it('changes a person between adult, child and baby, and nothing else', () => {
    const before = person();
    const baby = resizeFigure(before, A, 'baby');
    expect(baby.figures[A]).toEqual({ ...before.figures[A], size: 'baby' });
    expect(baby.figures[B]).toBe(before.figures[B]);
    expect(resizeFigure(baby, A, 'child').figures[A]?.size).toBe('child');
    expect(resizeFigure(baby, A, 'adult').figures[A]?.size).toBe('adult');
  });

  it('returns the same room when the size is already right, the figure is missing or not a person', () => {
    const before = person('child');
    expect(resizeFigure(before, A, 'child')).toBe(before);
    expect(resizeFigure(before, MISSING, 'baby')).toBe(before);
    expect(resizeFigure(before, B, 'baby')).toBe(before);
  });
});

describe('setDeceased', () => {
  it('marks a figure and takes the mark away, leaving the figure as it was made', () => {
    const before = room();
    const marked = setDeceased(before, B, true);
    expect(marked.figures[B]).toEqual({ ...before.figures[B], deceased: true });
    const unmarked = setDeceased(marked, B, false);
    expect(unmarked.figures[B]).toEqual(before.figures[B]);
    const plain = unmarked.figures[B];
    expect(plain !== undefined && 'deceased' in plain).toBe(false);
  });

  it('returns the same room when nothing changes', () => {
    const before = room();
    expect(setDeceased(before, B, false)).toBe(before);
    expect(setDeceased(before, MISSING, true)).toBe(before);
    const marked = setDeceased(before, B, true);
    expect(setDeceased(marked, B, true)).toBe(marked);
  });
});

describe('poseOf', () => {
  it('returns the pose or undefined', () => {
    expect(poseOf(room(), B)).toEqual(createPose(1, -1, 90));
    expect(poseOf(room(), MISSING)).toBeUndefined();
  });
});
