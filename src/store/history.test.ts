import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURE_COLOURS } from '../domain/model/figure';
import { type FigureId, counterIds } from '../domain/model/ids';
import { ROOM_HALF_SIZE } from '../domain/model/room';
import type { RoomState } from '../domain/model/roomState';
import { type Session, createSession } from '../domain/model/session';
import { epochMillis } from '../domain/model/units';
import { type ResonansStore, createResonansStore } from './createStore';
import { redo, undo } from './history';

function newSession(prefix = 's'): Session {
  return createSession(
    { clientPseudonym: 'K', intention: 'Eg vil sove betre', template: 'iopt', elements: ['Eg', 'vil', 'sove', 'betre'] },
    { client: 'Me', intention: 'Intention' },
    { ids: counterIds(prefix), now: () => epochMillis(1000) },
  );
}

function openStore(): { store: ResonansStore; session: Session; ids: FigureId[] } {
  const store = createResonansStore({ ids: counterIds('added'), now: () => epochMillis(2000) });
  const session = newSession();
  store.getState().openSession(session);
  // Whatever the opening leaves in the history, the tests count steps from here.
  store.temporal.getState().clear();
  return { store, session, ids: [...session.room.order] };
}

const steps = (store: ResonansStore) => store.temporal.getState().pastStates.length;
const redoSteps = (store: ResonansStore) => store.temporal.getState().futureStates.length;
const room = (store: ResonansStore) => store.getState().room;

function first(ids: FigureId[]): FigureId {
  const id = ids[0];
  if (!id) throw new Error('no figure');
  return id;
}

describe('undo and redo of every edit', () => {
  const cases: [string, (store: ResonansStore, id: FigureId) => void][] = [
    ['placeFigure', (s, id) => s.getState().placeFigure(id, { x: 1, z: -1, facing: 45, posture: 'sitting' })],
    ['nudgeFigure', (s, id) => s.getState().nudgeFigure(id, 0.1, -0.2)],
    ['turnFigureBy', (s, id) => s.getState().turnFigureBy(id, -30)],
    ['turnFigureTo', (s, id) => s.getState().turnFigureTo(id, 200)],
    ['renameFigure', (s, id) => s.getState().renameFigure(id, 'Søvn')],
    ['recolourFigure', (s, id) => s.getState().recolourFigure(id, 'plum')],
    ['removeFigure', (s, id) => s.getState().removeFigure(id)],
    ['addFigure', (s) => void s.getState().addFigure('person', 'adult', 'Mor')],
  ];

  it.each(cases)('%s is one step that undo takes back and redo puts back', (_name, edit) => {
    const { store, ids } = openStore();
    const before = room(store);
    edit(store, first(ids));
    const after = room(store);
    expect(after).not.toBe(before);
    expect(steps(store)).toBe(1);

    undo(store);
    expect(room(store)).toBe(before);
    expect(steps(store)).toBe(0);
    expect(redoSteps(store)).toBe(1);

    redo(store);
    expect(room(store)).toBe(after);
    expect(steps(store)).toBe(1);
    expect(redoSteps(store)).toBe(0);
  });

  it('undoes several edits one at a time, newest first', () => {
    const { store, ids } = openStore();
    const id = first(ids);
    const rooms: RoomState[] = [room(store)];
    store.getState().nudgeFigure(id, 0.5, 0);
    rooms.push(room(store));
    store.getState().turnFigureBy(id, 90);
    rooms.push(room(store));
    store.getState().renameFigure(id, 'Eg sjølv');
    rooms.push(room(store));

    for (let index = rooms.length - 2; index >= 0; index -= 1) {
      undo(store);
      expect(room(store)).toBe(rooms[index]);
    }
    undo(store);
    expect(room(store)).toBe(rooms[0]);
    for (let index = 1; index < rooms.length; index += 1) {
      redo(store);
      expect(room(store)).toBe(rooms[index]);
    }
  });

  it('a new edit after undo drops what could be redone', () => {
    const { store, ids } = openStore();
    const id = first(ids);
    store.getState().nudgeFigure(id, 0.5, 0);
    undo(store);
    store.getState().turnFigureBy(id, 10);
    expect(redoSteps(store)).toBe(0);
    const current = room(store);
    redo(store);
    expect(room(store)).toBe(current);
  });

  it('undo and redo with nothing to do change nothing', () => {
    const { store } = openStore();
    const before = room(store);
    undo(store);
    redo(store);
    expect(room(store)).toBe(before);
  });

  it('an edit that changes nothing leaves no step', () => {
    const { store, ids } = openStore();
    const id = first(ids);
    const figure = room(store).figures[id];
    if (!figure) throw new Error('no figure');
    store.getState().placeFigure(id, figure.pose);
    store.getState().turnFigureBy(id, 360);
    store.getState().renameFigure(id, '   ');
    store.getState().renameFigure(id, figure.label);
    store.getState().recolourFigure(id, figure.colour);
    store.getState().removeFigure('nobody' as FigureId);
    expect(steps(store)).toBe(0);
  });

  it('selection, view and save status are not steps', () => {
    const { store, ids } = openStore();
    store.getState().select(first(ids));
    store.getState().setViewMode('figure');
    store.getState().setViewMode('top');
    store.getState().setSaveStatus('saved');
    expect(steps(store)).toBe(0);
  });

  it('keeps at most 500 steps', () => {
    const { store, ids } = openStore();
    const id = first(ids);
    for (let index = 0; index < 520; index += 1) store.getState().turnFigureBy(id, 1);
    expect(steps(store)).toBe(500);
  });
});

describe('opening another session', () => {
  it("clears the history: undo never reaches into another client's room", () => {
    const { store, ids } = openStore();
    store.getState().nudgeFigure(first(ids), 0.5, 0);
    store.getState().turnFigureBy(first(ids), 45);
    undo(store);
    expect(steps(store)).toBe(1);
    expect(redoSteps(store)).toBe(1);

    const other = newSession('other');
    store.getState().openSession(other);
    expect(steps(store)).toBe(0);
    expect(redoSteps(store)).toBe(0);
    undo(store);
    expect(room(store)).toBe(other.room);
    redo(store);
    expect(room(store)).toBe(other.room);
    expect(store.getState().session).toBe(other.info);
  });

  it('is not itself a step, even the first time', () => {
    const store = createResonansStore({ ids: counterIds('added'), now: () => epochMillis(2000) });
    const session = newSession();
    store.getState().openSession(session);
    expect(steps(store)).toBe(0);
    undo(store);
    expect(room(store)).toBe(session.room);
  });

  it('closing the session clears the history too', () => {
    const { store, ids } = openStore();
    store.getState().nudgeFigure(first(ids), 0.5, 0);
    store.getState().closeSession();
    expect(steps(store)).toBe(0);
    undo(store);
    expect(store.getState().room.order).toEqual([]);
  });

  it('records edits in the new session as usual', () => {
    const { store } = openStore();
    const other = newSession('other');
    store.getState().openSession(other);
    const id = other.room.order[0];
    if (!id) throw new Error('no figure');
    store.getState().nudgeFigure(id, 0.2, 0);
    expect(steps(store)).toBe(1);
    undo(store);
    expect(room(store)).toBe(other.room);
  });
});

describe('a drag', () => {
  it('does not change the room while it lasts', () => {
    const { store, ids } = openStore();
    const id = first(ids);
    const before = room(store);
    for (let index = 1; index <= 30; index += 1) {
      store.getState().previewDrag(id, { x: index / 10, z: -index / 20, facing: index });
      expect(room(store)).toBe(before);
      expect(store.getState().drag).toEqual({ figureId: id, pose: { x: Math.min(3, index / 10), z: -index / 20, facing: index, posture: 'standing' } });
    }
    expect(steps(store)).toBe(0);
  });

  it('that ends with a commit is ONE undo step to the final pose', () => {
    const { store, ids } = openStore();
    const id = first(ids);
    const before = room(store);
    for (let index = 1; index <= 30; index += 1) store.getState().previewDrag(id, { x: index / 20, z: 0.5, facing: 10 });
    store.getState().endDrag(true);
    expect(store.getState().drag).toBeNull();
    expect(room(store).figures[id]?.pose).toEqual({ x: 1.5, z: 0.5, facing: 10, posture: 'standing' });
    expect(steps(store)).toBe(1);

    undo(store);
    expect(room(store)).toBe(before);
    redo(store);
    expect(room(store).figures[id]?.pose).toMatchObject({ x: 1.5, z: 0.5 });
  });

  it('that is dropped leaves the room unchanged and no step', () => {
    const { store, ids } = openStore();
    const id = first(ids);
    const before = room(store);
    store.getState().previewDrag(id, { x: 2, z: 2, facing: 90 });
    store.getState().previewDrag(id, { x: 2.5, z: 2, facing: 90 });
    store.getState().endDrag(false);
    expect(room(store)).toBe(before);
    expect(store.getState().drag).toBeNull();
    expect(steps(store)).toBe(0);
  });

  it('back to where it started leaves no step', () => {
    const { store, ids } = openStore();
    const id = first(ids);
    const figure = room(store).figures[id];
    if (!figure) throw new Error('no figure');
    store.getState().previewDrag(id, { x: 0, z: 0, facing: 0 });
    store.getState().previewDrag(id, figure.pose);
    store.getState().endDrag(true);
    expect(steps(store)).toBe(0);
  });

  it('is dropped by undo, which then takes back the edit before it', () => {
    const { store, ids } = openStore();
    const id = first(ids);
    const before = room(store);
    store.getState().nudgeFigure(id, 0.3, 0);
    const nudged = room(store);
    store.getState().previewDrag(id, { x: -2, z: -2, facing: 0 });
    undo(store);
    expect(store.getState().drag).toBeNull();
    expect(room(store)).toBe(before);
    redo(store);
    expect(room(store)).toBe(nudged);
  });

  it('ending without a drag changes nothing', () => {
    const { store } = openStore();
    const before = store.getState();
    store.getState().endDrag(true);
    store.getState().endDrag(false);
    expect(store.getState()).toBe(before);
  });
});

describe('any sequence of store actions', () => {
  const index = fc.nat({ max: 9 });
  const action = fc.oneof(
    fc.record({
      type: fc.constant('place' as const),
      index,
      x: fc.double({ min: -5, max: 5, noNaN: true }),
      z: fc.double({ min: -5, max: 5, noNaN: true }),
      facing: fc.double({ min: -720, max: 720, noNaN: true }),
    }),
    fc.record({ type: fc.constant('nudge' as const), index, dx: fc.constantFrom(-0.1, 0.1, 0, 0.5), dz: fc.constantFrom(-0.1, 0.1, 0, -0.5) }),
    fc.record({ type: fc.constant('turnBy' as const), index, delta: fc.integer({ min: -400, max: 400 }) }),
    fc.record({ type: fc.constant('rename' as const), index, label: fc.string({ maxLength: 10 }) }),
    fc.record({ type: fc.constant('recolour' as const), index, colour: fc.constantFrom(...FIGURE_COLOURS) }),
    fc.record({ type: fc.constant('add' as const), kind: fc.constantFrom('person' as const, 'free' as const) }),
    fc.record({ type: fc.constant('remove' as const), index }),
    fc.record({
      type: fc.constant('drag' as const),
      index,
      moves: fc.array(fc.record({ x: fc.double({ min: -4, max: 4, noNaN: true }), z: fc.double({ min: -4, max: 4, noNaN: true }) }), {
        minLength: 1,
        maxLength: 5,
      }),
      commit: fc.boolean(),
    }),
  );
  type Action = typeof action extends fc.Arbitrary<infer T> ? T : never;

  function perform(store: ResonansStore, a: Action): void {
    const state = store.getState();
    const id = 'index' in a ? state.room.order[a.index % Math.max(1, state.room.order.length)] : undefined;
    switch (a.type) {
      case 'add':
        state.addFigure(a.kind, 'adult', 'Ny');
        return;
      case 'place':
        if (id) state.placeFigure(id, { x: a.x, z: a.z, facing: a.facing });
        return;
      case 'nudge':
        if (id) state.nudgeFigure(id, a.dx, a.dz);
        return;
      case 'turnBy':
        if (id) state.turnFigureBy(id, a.delta);
        return;
      case 'rename':
        if (id) state.renameFigure(id, a.label);
        return;
      case 'recolour':
        if (id) state.recolourFigure(id, a.colour);
        return;
      case 'remove':
        if (id) state.removeFigure(id);
        return;
      case 'drag':
        if (!id) return;
        for (const move of a.moves) store.getState().previewDrag(id, { ...move, facing: 0 });
        store.getState().endDrag(a.commit);
        return;
    }
  }

  it('undo all then redo all returns the same room', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const { store } = openStore();
        const initial = room(store);
        const rooms = [initial];
        for (const a of actions) {
          perform(store, a);
          if (room(store) !== rooms[rooms.length - 1]) rooms.push(room(store));
          expect(steps(store)).toBe(rooms.length - 1);
        }
        const final = room(store);
        for (const figure of Object.values(final.figures)) {
          expect(Math.abs(figure.pose.x)).toBeLessThanOrEqual(ROOM_HALF_SIZE);
          expect(Math.abs(figure.pose.z)).toBeLessThanOrEqual(ROOM_HALF_SIZE);
        }
        expect([...final.order].sort()).toEqual(Object.keys(final.figures).sort());

        while (steps(store) > 0) undo(store);
        expect(room(store)).toBe(initial);
        while (redoSteps(store) > 0) redo(store);
        expect(room(store)).toBe(final);
        expect(room(store)).toEqual(rooms[rooms.length - 1]);
      }),
      { numRuns: 150 },
    );
  });
});
