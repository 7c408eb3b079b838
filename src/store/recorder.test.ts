import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FigureId, counterIds } from '../domain/model/ids';
import { createPose } from '../domain/model/pose';
import { type Session, createSession } from '../domain/model/session';
import { epochMillis, millis } from '../domain/model/units';
import type { RecordedEvent } from '../domain/recording/events';
import { isInTimeOrder } from '../domain/recording/recording';
import { appearanceOf } from '../domain/recording/roomChanges';
import { type ResonansStore, createResonansStore } from './createStore';
import { redo, undo } from './history';

const START = 1_700_000_000_000;

function newSession(prefix = 's'): Session {
  return createSession(
    { clientPseudonym: 'K', intention: 'Eg vil sove betre', template: 'iopt', elements: ['Eg', 'vil'] },
    { client: 'Me', intention: 'Intention' },
    { ids: counterIds(prefix), now: () => epochMillis(1) },
  );
}

interface Setup {
  store: ResonansStore;
  session: Session;
  ids: FigureId[];
  /** Moves the wall clock by ms (negative: the clock is set back). */
  advance: (ms: number) => void;
  events: () => readonly RecordedEvent[];
}

function setup(session = newSession()): Setup {
  let wall = START;
  const store = createResonansStore({ ids: counterIds('added'), now: () => epochMillis(wall) });
  store.getState().openSession(session);
  return {
    store,
    session,
    ids: [...session.room.order],
    advance: (ms) => {
      wall += ms;
    },
    events: () => store.getState().recording!.events,
  };
}

const poseOf = (store: ResonansStore, id: FigureId) => store.getState().room.figures[id]!.pose;

describe('recording a drag', () => {
  it('the first preview records where the figure stood, then the drag pose, joined', () => {
    const { store, ids, advance, events } = setup();
    const [id] = ids as [FigureId];
    const held = poseOf(store, id);
    advance(700);
    store.getState().previewDrag(id, { x: 1, z: 0.5, facing: 45 });
    expect(events()).toEqual([
      { type: 'pose', t: 700, figureId: id, pose: held, joined: false },
      { type: 'pose', t: 700, figureId: id, pose: createPose(1, 0.5, 45), joined: true },
    ]);
  });

  it('further previews add joined samples at their times, and a committed drag adds nothing more', () => {
    const { store, ids, advance, events } = setup();
    const [id] = ids as [FigureId];
    store.getState().previewDrag(id, { x: 1, z: 0, facing: 0 });
    advance(50);
    store.getState().previewDrag(id, { x: 1.5, z: 0, facing: 10 });
    advance(50);
    store.getState().previewDrag(id, { x: 2, z: -1, facing: 20 });
    expect(events().slice(2)).toEqual([
      { type: 'pose', t: 50, figureId: id, pose: createPose(1.5, 0, 10), joined: true },
      { type: 'pose', t: 100, figureId: id, pose: createPose(2, -1, 20), joined: true },
    ]);
    advance(50);
    store.getState().endDrag(true);
    expect(events()).toHaveLength(4);
    expect(poseOf(store, id)).toEqual(createPose(2, -1, 20));
  });

  it('records the drag pose as clamped inside the room', () => {
    const { store, ids, events } = setup();
    const [id] = ids as [FigureId];
    store.getState().previewDrag(id, { x: 99, z: -99, facing: -90 });
    expect(events()[1]).toMatchObject({ pose: { x: 3, z: -3, facing: 270 }, joined: true });
    store.getState().endDrag(true);
    expect(events()).toHaveLength(2);
  });

  it('a new drag of the same figure starts a new movement from where it stands', () => {
    const { store, ids, advance, events } = setup();
    const [id] = ids as [FigureId];
    store.getState().previewDrag(id, { x: 1, z: 0, facing: 0 });
    store.getState().endDrag(true);
    advance(1000);
    store.getState().previewDrag(id, { x: 2, z: 0, facing: 0 });
    expect(events().slice(2)).toEqual([
      { type: 'pose', t: 1000, figureId: id, pose: createPose(1, 0, 0), joined: false },
      { type: 'pose', t: 1000, figureId: id, pose: createPose(2, 0, 0), joined: true },
    ]);
  });

  it('dragging another figure starts its own movement, and the first, never dropped into the room, jumps back', () => {
    const { store, ids, advance, events } = setup();
    const [a, b] = ids as [FigureId, FigureId];
    const aHeld = poseOf(store, a);
    store.getState().previewDrag(a, { x: 1, z: 0, facing: 0 });
    advance(10);
    store.getState().previewDrag(b, { x: -1, z: 0, facing: 0 });
    expect(store.getState().room.figures[a]?.pose).toEqual(aHeld);
    expect(events().slice(2)).toEqual([
      { type: 'pose', t: 10, figureId: b, pose: poseOf(store, b), joined: false },
      { type: 'pose', t: 10, figureId: b, pose: createPose(-1, 0, 0), joined: true },
      { type: 'pose', t: 10, figureId: a, pose: aHeld, joined: false },
    ]);
  });

  it('a dropped drag is recorded as a jump back to where the figure stands', () => {
    const { store, ids, advance, events } = setup();
    const [id] = ids as [FigureId];
    const held = poseOf(store, id);
    store.getState().previewDrag(id, { x: 1, z: 1, facing: 0 });
    advance(40);
    store.getState().endDrag(false);
    expect(events().slice(2)).toEqual([{ type: 'pose', t: 40, figureId: id, pose: held, joined: false }]);
  });

  it('an undone drag is recorded as a jump back, not a glide', () => {
    const { store, ids, advance, events } = setup();
    const [id] = ids as [FigureId];
    const start = poseOf(store, id);
    store.getState().previewDrag(id, { x: 1, z: 1, facing: 0 });
    store.getState().endDrag(true);
    advance(300);
    undo(store);
    expect(events().slice(2)).toEqual([{ type: 'pose', t: 300, figureId: id, pose: start, joined: false }]);
  });
});

describe('recording room changes', () => {
  it('records a keyboard nudge and a turn as poses that are not joined', () => {
    const { store, ids, advance, events } = setup();
    const [id] = ids as [FigureId];
    advance(100);
    store.getState().nudgeFigure(id, 0.1, 0);
    const nudged = poseOf(store, id);
    advance(100);
    store.getState().turnFigureBy(id, 90);
    expect(events()).toEqual([
      { type: 'pose', t: 100, figureId: id, pose: nudged, joined: false },
      { type: 'pose', t: 200, figureId: id, pose: { ...nudged, facing: 90 }, joined: false },
    ]);
  });

  it('records added, renamed, recoloured, released and removed figures', () => {
    const { store, ids, advance, events } = setup();
    const [first] = ids as [FigureId];
    advance(10);
    const added = store.getState().addFigure('person', 'child', '  Bestemor ')!;
    const figure = store.getState().room.figures[added]!;
    advance(10);
    store.getState().renameFigure(added, 'Mormor');
    advance(10);
    store.getState().recolourFigure(added, 'plum');
    advance(10);
    store.getState().releaseFigure(first);
    advance(10);
    store.getState().removeFigure(added);
    const look = appearanceOf(figure);
    expect(look).toEqual({ kind: 'person', label: 'Bestemor', colour: 'sand', size: 'child', released: false });
    expect(events()).toEqual([
      { type: 'figureAdded', t: 10, figureId: added, appearance: look, pose: figure.pose },
      { type: 'figureChanged', t: 20, figureId: added, appearance: { ...look, label: 'Mormor' } },
      { type: 'figureChanged', t: 30, figureId: added, appearance: { ...look, label: 'Mormor', colour: 'plum' } },
      { type: 'figureChanged', t: 40, figureId: first, appearance: { ...appearanceOf(store.getState().room.figures[first]!), released: true } },
      { type: 'figureRemoved', t: 50, figureId: added },
    ]);
  });

  it('an edit that changes nothing records nothing', () => {
    const { store, ids, events } = setup();
    const [id] = ids as [FigureId];
    store.getState().renameFigure(id, store.getState().room.figures[id]!.label);
    store.getState().nudgeFigure(id, 0, 0);
    store.getState().turnFigureBy(id, 360);
    store.getState().select(id);
    store.getState().setViewMode('top');
    expect(events()).toEqual([]);
  });

  it('undo and redo append events and never remove any', () => {
    const { store, ids, advance, events } = setup();
    const [id] = ids as [FigureId];
    const start = poseOf(store, id);
    advance(100);
    store.getState().nudgeFigure(id, 0.5, 0);
    const moved = poseOf(store, id);
    advance(100);
    const added = store.getState().addFigure('free', 'adult', 'Angst')!;
    const figure = store.getState().room.figures[added]!;
    const before = events().slice();

    advance(100);
    undo(store);
    advance(100);
    undo(store);
    advance(100);
    redo(store);
    advance(100);
    redo(store);
    expect(events().slice(0, before.length)).toEqual(before);
    expect(events().slice(before.length)).toEqual([
      { type: 'figureRemoved', t: 300, figureId: added },
      { type: 'pose', t: 400, figureId: id, pose: start, joined: false },
      { type: 'pose', t: 500, figureId: id, pose: moved, joined: false },
      { type: 'figureAdded', t: 600, figureId: added, appearance: appearanceOf(figure), pose: figure.pose },
    ]);
  });

  it('undoing a removal adds the figure back as it was; undoing a rename records the old look', () => {
    const { store, ids, advance, events } = setup();
    const [a, b] = ids as [FigureId, FigureId];
    const figureA = store.getState().room.figures[a]!;
    store.getState().removeFigure(a);
    advance(100);
    undo(store);
    expect(events()[1]).toEqual({ type: 'figureAdded', t: 100, figureId: a, appearance: appearanceOf(figureA), pose: figureA.pose });
    const figureB = store.getState().room.figures[b]!;
    store.getState().renameFigure(b, 'Ny');
    advance(100);
    undo(store);
    expect(events().slice(2)).toEqual([
      { type: 'figureChanged', t: 100, figureId: b, appearance: { ...appearanceOf(figureB), label: 'Ny' } },
      { type: 'figureChanged', t: 200, figureId: b, appearance: appearanceOf(figureB) },
    ]);
  });
});

describe('session time', () => {
  it('stands still while paused: events during a pause get the time of the pause', () => {
    const { store, ids, advance, events } = setup();
    const [id] = ids as [FigureId];
    advance(1000);
    store.getState().pauseRecording();
    advance(60_000);
    store.getState().nudgeFigure(id, 0.5, 0);
    store.getState().markArousal({ zone: 'calm' });
    advance(5000);
    store.getState().resumeRecording();
    advance(300);
    store.getState().nudgeFigure(id, 0.5, 0);
    expect(events().map((event) => [event.type, event.t])).toEqual([
      ['paused', 1000],
      ['pose', 1000],
      ['arousal', 1000],
      ['resumed', 1000],
      ['pose', 1300],
    ]);
  });

  it('pausing twice or resuming while running records nothing more', () => {
    const { store, advance, events } = setup();
    store.getState().resumeRecording();
    advance(100);
    store.getState().pauseRecording();
    advance(100);
    store.getState().pauseRecording();
    store.getState().resumeRecording();
    store.getState().resumeRecording();
    expect(events().map((event) => [event.type, event.t])).toEqual([
      ['paused', 100],
      ['resumed', 100],
    ]);
  });

  it('never runs backwards, even when the wall clock is set back', () => {
    const { store, ids, advance, events } = setup();
    const [id] = ids as [FigureId];
    advance(1000);
    store.getState().nudgeFigure(id, 0.1, 0);
    advance(-600);
    store.getState().nudgeFigure(id, 0.1, 0);
    advance(-10_000);
    store.getState().nudgeFigure(id, 0.1, 0);
    advance(20_000);
    store.getState().nudgeFigure(id, 0.1, 0);
    expect(events().map((event) => event.t)).toEqual([1000, 1000, 1000, 10_400]);
  });

  it('keeps events in order of time whatever the wall clock does', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -5000, max: 5000 }), fc.nat({ max: 4 })), { maxLength: 40 }), (steps) => {
        const { store, ids, advance, events } = setup();
        const [id] = ids as [FigureId];
        for (const [ms, what] of steps) {
          advance(ms);
          if (what === 0) store.getState().nudgeFigure(id, 0.05, 0);
          if (what === 1) store.getState().pauseRecording();
          if (what === 2) store.getState().resumeRecording();
          if (what === 3) store.getState().previewDrag(id, { x: ms / 5000, z: 0, facing: 0 });
          if (what === 4) store.getState().endDrag(true);
        }
        expect(isInTimeOrder(events())).toBe(true);
        expect(events().every((event) => Number.isFinite(event.t) && event.t >= 0)).toBe(true);
      }),
    );
  });

  it('opening a session starts its clock at the end of its recording', () => {
    const first = setup();
    const [id] = first.ids as [FigureId];
    first.advance(5000);
    first.store.getState().nudgeFigure(id, 0.5, 0);
    const kept: Session = { info: first.session.info, room: first.store.getState().room, recording: structuredClone(first.store.getState().recording!) };

    // Weeks later, the session is opened again: the weeks are not session time.
    const second = setup(kept);
    expect(second.store.getState().clock).toEqual({ baseT: 5000, runningSince: START });
    expect(second.events()).toEqual(kept.recording.events);
    second.advance(250);
    second.store.getState().nudgeFigure(id, 0.5, 0);
    expect(second.events().map((event) => event.t)).toEqual([5000, 5250]);
  });

  it('opening a finished session leaves its clock stopped at its end', () => {
    const first = setup();
    first.advance(800);
    first.store.getState().finishSession();
    const kept: Session = { info: first.session.info, room: first.store.getState().room, recording: structuredClone(first.store.getState().recording!) };
    const second = setup(kept);
    expect(second.store.getState().clock).toEqual({ baseT: 800, runningSince: null });
    expect(second.store.getState().progress.finished).toBe(true);
  });

  it('opening or closing a session records nothing in either recording', () => {
    const first = setup();
    const recording = first.store.getState().recording!;
    const other = newSession('other');
    first.store.getState().openSession(other);
    expect(recording.events).toEqual([]);
    expect(first.events()).toEqual([]);
    first.store.getState().closeSession();
    expect(other.recording.events).toEqual([]);
    expect(first.store.getState().recording).toBeNull();
  });

  it('a pose recorded in one session does not hide a change in the next', () => {
    // Both sessions have a figure with the same id ('s-1').
    const { store, ids, events } = setup();
    const [id] = ids as [FigureId];
    store.getState().previewDrag(id, { x: 2, z: 2, facing: 0 });
    store.getState().endDrag(true);
    const next = newSession('s');
    store.getState().openSession(next);
    store.getState().placeFigure(id, { x: 2, z: 2, facing: 0 });
    expect(events()).toEqual([{ type: 'pose', t: 0, figureId: id, pose: createPose(2, 2, 0), joined: false }]);
  });
});

describe('after finishSession', () => {
  it('records the finish once, at its time, and stops the clock', () => {
    const { store, advance, events } = setup();
    advance(1200);
    store.getState().finishSession();
    advance(500);
    store.getState().finishSession();
    expect(events()).toEqual([{ type: 'finished', t: millis(1200) }]);
    expect(store.getState().clock?.runningSince).toBeNull();
  });

  it('records no room change: edits and drags are refused', () => {
    const { store, ids, advance, events } = setup();
    const [a, b] = ids as [FigureId, FigureId];
    store.getState().finishSession();
    const room = store.getState().room;
    advance(100);
    store.getState().nudgeFigure(a, 0.5, 0);
    store.getState().turnFigureBy(a, 90);
    store.getState().placeFigure(a, { x: 1, z: 1, facing: 0 });
    store.getState().addFigure('person', 'adult', 'Far');
    store.getState().removeFigure(b);
    store.getState().renameFigure(a, 'other');
    store.getState().recolourFigure(a, 'rose');
    store.getState().previewDrag(a, { x: -1, z: -1, facing: 0 });
    store.getState().endDrag(true);
    expect(store.getState().room).toBe(room);
    expect(events().map((event) => event.type)).toEqual(['finished']);
  });
});
