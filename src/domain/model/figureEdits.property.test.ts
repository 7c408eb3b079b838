import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURE_COLOURS, MAX_LABEL_LENGTH } from './figure';
import {
  addFigure,
  moveFigureTo,
  nudgeFigure,
  placeFigure,
  recolourFigure,
  removeFigure,
  renameFigure,
  setPosture,
  turnFigureBy,
  turnFigureTo,
} from './figureEdits';
import { figureId } from './ids';
import { POSTURES } from './pose';
import { ROOM_HALF_SIZE } from './room';
import { type RoomState, figuresInOrder } from './roomState';
import { figure, room } from './testFigures';

/** Whatever edits come, in whatever order and with whatever numbers, the room stays a room. */

describe('any sequence of edits', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'missing'].map(figureId);
  const id = fc.constantFrom(...ids);
  const anyNumber = fc.double();
  const edit = fc.oneof(
    fc.record({
      type: fc.constant('place' as const),
      id,
      x: anyNumber,
      z: anyNumber,
      facing: anyNumber,
      posture: fc.option(fc.constantFrom(...POSTURES), { nil: undefined }),
    }),
    fc.record({ type: fc.constant('move' as const), id, x: anyNumber, z: anyNumber }),
    fc.record({ type: fc.constant('nudge' as const), id, dx: fc.double({ min: -2, max: 2, noNaN: true }), dz: fc.double({ min: -2, max: 2, noNaN: true }) }),
    fc.record({ type: fc.constant('turnBy' as const), id, delta: anyNumber }),
    fc.record({ type: fc.constant('turnTo' as const), id, facing: anyNumber }),
    fc.record({ type: fc.constant('posture' as const), id, posture: fc.constantFrom(...POSTURES) }),
    fc.record({ type: fc.constant('rename' as const), id, label: fc.string({ maxLength: 80 }) }),
    fc.record({ type: fc.constant('recolour' as const), id, colour: fc.constantFrom(...FIGURE_COLOURS) }),
    fc.record({ type: fc.constant('add' as const), id, x: anyNumber, z: anyNumber, facing: anyNumber }),
    fc.record({ type: fc.constant('remove' as const), id }),
  );
  type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

  function apply(state: RoomState, e: Edit): RoomState {
    switch (e.type) {
      case 'place':
        return placeFigure(state, e.id, { x: e.x, z: e.z, facing: e.facing, posture: e.posture });
      case 'move':
        return moveFigureTo(state, e.id, { x: e.x, z: e.z });
      case 'nudge':
        return nudgeFigure(state, e.id, e.dx, e.dz);
      case 'turnBy':
        return turnFigureBy(state, e.id, e.delta);
      case 'turnTo':
        return turnFigureTo(state, e.id, e.facing);
      case 'posture':
        return setPosture(state, e.id, e.posture);
      case 'rename':
        return renameFigure(state, e.id, e.label);
      case 'recolour':
        return recolourFigure(state, e.id, e.colour);
      case 'add':
        return addFigure(state, figure(e.id, e.x, e.z, e.facing));
      case 'remove':
        return removeFigure(state, e.id);
    }
  }

  function checkInvariants(state: RoomState): void {
    const keys = Object.keys(state.figures);
    expect(new Set(state.order).size).toBe(state.order.length);
    expect([...state.order].sort()).toEqual([...keys].sort());
    expect(figuresInOrder(state).map((f) => f.id)).toEqual(state.order);
    for (const f of Object.values(state.figures)) {
      expect(state.figures[f.id]).toBe(f);
      expect(Math.abs(f.pose.x)).toBeLessThanOrEqual(ROOM_HALF_SIZE);
      expect(Math.abs(f.pose.z)).toBeLessThanOrEqual(ROOM_HALF_SIZE);
      expect(Number.isFinite(f.pose.x) && Number.isFinite(f.pose.z)).toBe(true);
      expect(f.pose.facing).toBeGreaterThanOrEqual(0);
      expect(f.pose.facing).toBeLessThan(360);
      expect(f.label.length).toBeGreaterThan(0);
      expect(f.label.length).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
    }
  }

  it('keeps every figure inside the room and the order consistent with the figures', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 60 }), (sequence) => {
        let state = room();
        for (const e of sequence) {
          state = apply(state, e);
          checkInvariants(state);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never changes the room it is given', () => {
    fc.assert(
      fc.property(edit, (e) => {
        const before = room();
        const snapshot = structuredClone(before);
        apply(before, e);
        expect(before).toEqual(snapshot);
      }),
    );
  });

  it('returns the same object when an edit is applied twice and the second changes nothing', () => {
    fc.assert(
      fc.property(edit, (e) => {
        fc.pre(e.type !== 'nudge' && e.type !== 'turnBy' && e.type !== 'add' && e.type !== 'remove');
        const once = apply(room(), e);
        expect(apply(once, e)).toBe(once);
      }),
    );
  });
});
