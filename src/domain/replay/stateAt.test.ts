import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createResonansStore } from '../../store/createStore';
import { redo, undo } from '../../store/history';
import { FIGURE_COLOURS } from '../model/figure';
import { type FigureId, counterIds, figureId } from '../model/ids';
import { createPose } from '../model/pose';
import { ROOM_HALF_SIZE } from '../model/room';
import type { RoomState } from '../model/roomState';
import { createSession } from '../model/session';
import { epochMillis, millis } from '../model/units';
import type { Recording } from '../recording/recording';
import { indexRecording } from './recordingIndex';
import { poseAt, releaseTime, stateAt } from './stateAt';
import { figure, look, poseEvent, recording } from './testRecordings';

const A = figureId('a');
const B = figureId('b');

const at = (rec: Recording, t: number) => stateAt(indexRecording(rec), t);
const poseOf = (rec: Recording, id: FigureId, t: number) => at(rec, t).room.figures[id]?.pose;

/** The smallest angle between two facings, in [0°, 180°]. */
const arc = (a: number, b: number) => {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
};

describe('stateAt: figures', () => {
  it('before any event shows the initial room, in its order', () => {
    const rec = recording([figure(A, 1, 1, 90), figure(B, -1, 0)], [poseEvent(A, 500, 2, 2, 0, false)]);
    const state = at(rec, 0);
    expect(state.room).toEqual(rec.initialRoom);
    expect(at(rec, 499).room).toEqual(rec.initialRoom);
    expect(state.phase).toBe(0);
    expect(state.notes.size).toBe(0);
    expect(state.arousal).toBeUndefined();
    expect(state.sharingOrder).toEqual([]);
  });

  it('at a recorded time shows the state after every event at that time', () => {
    const rec = recording(
      [figure(A)],
      [
        poseEvent(A, 100, 1, 0, 0, false),
        poseEvent(A, 100, 2, 0, 0, false),
        { type: 'figureChanged', t: millis(100), figureId: A, appearance: look(A, { label: 'first' }) },
        { type: 'figureChanged', t: millis(100), figureId: A, appearance: look(A, { label: 'second', colour: 'plum' }) },
        { type: 'phase', t: millis(100), phase: 2 },
        { type: 'phase', t: millis(100), phase: 3 },
      ],
    );
    const state = at(rec, 100);
    expect(state.room.figures[A]).toMatchObject({ label: 'second', colour: 'plum', pose: { x: 2, z: 0 } });
    expect(state.phase).toBe(3);
    expect(at(rec, 99).room.figures[A]).toMatchObject({ label: `label ${A}`, colour: 'sage', pose: { x: 0, z: 0 } });
  });

  it('shows a figure from when it is added and not after it is removed', () => {
    const rec = recording(
      [figure(A)],
      [
        {
          type: 'figureAdded',
          t: millis(100),
          figureId: B,
          appearance: look(B, { kind: 'person', colour: 'rose', size: 'child' }),
          pose: createPose(1, 2, 45),
        },
        { type: 'figureRemoved', t: millis(300), figureId: A },
        { type: 'figureAdded', t: millis(400), figureId: A, appearance: look(A), pose: createPose(-1, -1, 10) },
      ],
    );
    expect(at(rec, 99).room.order).toEqual([A]);
    expect(at(rec, 100).room.order).toEqual([A, B]);
    expect(at(rec, 100).room.figures[B]).toEqual({
      id: B,
      kind: 'person',
      label: `label ${B}`,
      colour: 'rose',
      size: 'child',
      released: false,
      pose: createPose(1, 2, 45),
    });
    expect(at(rec, 300).room.order).toEqual([B]);
    expect(at(rec, 300).room.figures[A]).toBeUndefined();
    // Brought back (undo of a removal): in its first place in the order, at its new pose.
    expect(at(rec, 400).room.order).toEqual([A, B]);
    expect(at(rec, 400).room.figures[A]?.pose).toEqual(createPose(-1, -1, 10));
  });

  it('keeps a released figure in the room, marked released, with the time it was released', () => {
    const rec = recording(
      [figure(A)],
      [
        { type: 'figureChanged', t: millis(200), figureId: A, appearance: look(A, { released: true }) },
        { type: 'figureChanged', t: millis(500), figureId: A, appearance: look(A, { released: true, label: 'renamed' }) },
        { type: 'figureChanged', t: millis(700), figureId: A, appearance: look(A) },
        { type: 'figureChanged', t: millis(900), figureId: A, appearance: look(A, { released: true }) },
      ],
    );
    expect(at(rec, 199).room.figures[A]?.released).toBe(false);
    expect(at(rec, 199).releasedAt.has(A)).toBe(false);
    expect(at(rec, 200).room.figures[A]?.released).toBe(true);
    expect(at(rec, 600).releasedAt.get(A)).toBe(200);
    expect(at(rec, 700).releasedAt.has(A)).toBe(false);
    expect(at(rec, 950).releasedAt.get(A)).toBe(900);
    expect(releaseTime(indexRecording(rec).tracks.get(A)!, 600)).toBe(200);
  });

  it('glides between two samples of one movement: position in a straight line', () => {
    const rec = recording([figure(A)], [poseEvent(A, 1000, 0, 0, 0, false), poseEvent(A, 2000, 1, 2, 0, true)]);
    expect(poseOf(rec, A, 1000)).toEqual(createPose(0, 0, 0));
    expect(poseOf(rec, A, 1250)?.x).toBeCloseTo(0.25, 12);
    expect(poseOf(rec, A, 1250)?.z).toBeCloseTo(0.5, 12);
    expect(poseOf(rec, A, 1500)).toMatchObject({ x: 0.5, z: 1, facing: 0, posture: 'standing' });
    expect(poseOf(rec, A, 2000)).toEqual(createPose(1, 2, 0));
    // After the last sample the pose holds.
    expect(poseOf(rec, A, 99_999)).toEqual(createPose(1, 2, 0));
  });

  it('turns along the shorter arc, across 0° in both directions', () => {
    const clockwise = recording([figure(A)], [poseEvent(A, 0, 0, 0, 350, false), poseEvent(A, 1000, 0, 0, 10, true)]);
    expect(poseOf(clockwise, A, 250)?.facing).toBeCloseTo(355, 9);
    expect(poseOf(clockwise, A, 500)?.facing).toBe(0);
    expect(poseOf(clockwise, A, 750)?.facing).toBeCloseTo(5, 9);
    const counter = recording([figure(A)], [poseEvent(A, 0, 0, 0, 10, false), poseEvent(A, 1000, 0, 0, 350, true)]);
    expect(poseOf(counter, A, 250)?.facing).toBeCloseTo(5, 9);
    expect(poseOf(counter, A, 750)?.facing).toBeCloseTo(355, 9);
    const wide = recording([figure(A)], [poseEvent(A, 0, 0, 0, 90, false), poseEvent(A, 1000, 0, 0, 300, true)]);
    // 90° -> 300° is shorter counter-clockwise (150°) than clockwise (210°).
    expect(poseOf(wide, A, 500)?.facing).toBeCloseTo(15, 9);
  });

  it('holds the earlier pose between two movements, and jumps at the later sample', () => {
    const rec = recording([figure(A)], [poseEvent(A, 1000, 0, 0, 0, false), poseEvent(A, 2000, 2, 2, 90, false)]);
    expect(poseOf(rec, A, 1999)).toEqual(createPose(0, 0, 0));
    expect(poseOf(rec, A, 2000)).toEqual(createPose(2, 2, 90));
    // From the initial room to the first sample is no movement either.
    expect(poseOf(rec, A, 999)).toEqual(createPose(0, 0, 0));
  });

  it('keeps the posture of the earlier sample while gliding', () => {
    const rec = recording(
      [figure(A)],
      [
        { type: 'pose', t: millis(0), figureId: A, pose: createPose(0, 0, 0, 'sitting'), joined: false },
        { type: 'pose', t: millis(1000), figureId: A, pose: createPose(1, 0, 0, 'lying'), joined: true },
      ],
    );
    expect(poseOf(rec, A, 500)?.posture).toBe('sitting');
    expect(poseOf(rec, A, 1000)?.posture).toBe('lying');
  });

  it('gives no pose before a figure has one', () => {
    const rec = recording([], [{ type: 'figureAdded', t: millis(100), figureId: B, appearance: look(B), pose: createPose(0, 0, 0) }]);
    expect(poseAt(indexRecording(rec).tracks.get(B)!, 50)).toBeUndefined();
  });
});

describe('stateAt: words and marks', () => {
  const rec = recording(
    [figure(A), figure(B)],
    [
      { type: 'note', t: millis(100), phase: 0, text: 'first' },
      { type: 'note', t: millis(200), phase: 0, text: 'first, then more' },
      { type: 'note', t: millis(200), phase: 2, text: 'other phase' },
      { type: 'statement', t: millis(300), figureId: A, text: 'I felt heavy' },
      { type: 'arousal', t: millis(400), mark: { zone: 'hyper' } },
      { type: 'arousal', t: millis(500), mark: { value: 3 } },
      { type: 'sharingOrder', t: millis(600), figureIds: [B, A] },
      { type: 'note', t: millis(700), phase: 0, text: '' },
    ],
  );

  it('shows each text as it read at t, and none before it was written', () => {
    expect(at(rec, 99).notes.size).toBe(0);
    expect(at(rec, 150).notes.get(0)).toBe('first');
    expect([...at(rec, 200).notes]).toEqual([
      [0, 'first, then more'],
      [2, 'other phase'],
    ]);
    expect(at(rec, 299).statements.size).toBe(0);
    expect(at(rec, 300).statements.get(A)).toBe('I felt heavy');
    // A note emptied again is not shown.
    expect(at(rec, 700).notes.has(0)).toBe(false);
    expect(at(rec, 700).notes.get(2)).toBe('other phase');
  });

  it('shows the arousal mark and the sharing order in force at t', () => {
    expect(at(rec, 399).arousal).toBeUndefined();
    expect(at(rec, 450).arousal).toEqual({ zone: 'hyper' });
    expect(at(rec, 500).arousal).toEqual({ value: 3 });
    expect(at(rec, 599).sharingOrder).toEqual([]);
    expect(at(rec, 600).sharingOrder).toEqual([B, A]);
  });
});

/* ---------- Properties ---------- */

const coordinate = fc.double({ min: -ROOM_HALF_SIZE, max: ROOM_HALF_SIZE, noNaN: true });
const facing = fc.double({ min: 0, max: 359.999, noNaN: true });
const poseArb = fc.record({ x: coordinate, z: coordinate, facing }).map(({ x, z, facing: f }) => createPose(x, z, f));
/** Two sample times and a time between them (inclusive). */
const span = fc
  .tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([t0, length, f]) => ({ t0, t1: t0 + length, t: Math.min(t0 + length, t0 + Math.round(f * length)) }));

const between = (value: number, a: number, b: number) => value >= Math.min(a, b) - 1e-9 && value <= Math.max(a, b) + 1e-9;

describe('properties of stateAt between samples', () => {
  it('between two joined samples x and z lie between the samples, and facing on the shorter arc', () => {
    fc.assert(
      fc.property(poseArb, poseArb, span, (from, to, { t0, t1, t }) => {
        const rec = recording(
          [figure(A)],
          [
            { type: 'pose', t: millis(t0), figureId: A, pose: from, joined: false },
            { type: 'pose', t: millis(t1), figureId: A, pose: to, joined: true },
          ],
        );
        const pose = poseOf(rec, A, t)!;
        expect(between(pose.x, from.x, to.x)).toBe(true);
        expect(between(pose.z, from.z, to.z)).toBe(true);
        // On the shorter arc: the way there plus the way on is the shorter arc itself.
        expect(arc(from.facing, pose.facing) + arc(pose.facing, to.facing)).toBeCloseTo(arc(from.facing, to.facing), 6);
        expect(pose.facing).toBeGreaterThanOrEqual(0);
        expect(pose.facing).toBeLessThan(360);
        // And it moves steadily: the share of the way gone is the share of the time gone.
        const f = (t - t0) / (t1 - t0);
        expect(pose.x).toBeCloseTo(from.x + (to.x - from.x) * f, 9);
        expect(arc(from.facing, pose.facing)).toBeCloseTo(arc(from.facing, to.facing) * f, 6);
      }),
    );
  });

  it('between two movements (the later sample not joined) the pose is the earlier sample', () => {
    fc.assert(
      fc.property(poseArb, poseArb, span, (from, to, { t0, t1, t }) => {
        const rec = recording(
          [figure(A)],
          [
            { type: 'pose', t: millis(t0), figureId: A, pose: from, joined: true },
            { type: 'pose', t: millis(t1), figureId: A, pose: to, joined: false },
          ],
        );
        expect(poseOf(rec, A, t)).toEqual(t === t1 ? to : from);
      }),
    );
  });
});

/* ---------- The recording of the real store replays the room it had ---------- */

type Action =
  | { kind: 'nudge'; figure: number; dx: number; dz: number }
  | { kind: 'turn'; figure: number; by: number }
  | { kind: 'add'; label: string; child: boolean }
  | { kind: 'remove'; figure: number }
  | { kind: 'rename'; figure: number; label: string }
  | { kind: 'recolour'; figure: number; colour: number }
  | { kind: 'release'; figure: number }
  | { kind: 'drag'; figure: number; points: { x: number; z: number; facing: number; after: number }[] }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'phase'; phase: number };

const figureIndex = fc.nat({ max: 20 });
const label = fc.constantFrom('Mor', 'Far', 'the body', 'angst', 'Bestemor', 'Jeg');
const step = fc.double({ min: -1, max: 1, noNaN: true });
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('nudge' as const), figure: figureIndex, dx: step, dz: step }),
  fc.record({ kind: fc.constant('turn' as const), figure: figureIndex, by: fc.integer({ min: -270, max: 270 }) }),
  fc.record({ kind: fc.constant('add' as const), label, child: fc.boolean() }),
  fc.record({ kind: fc.constant('remove' as const), figure: figureIndex }),
  fc.record({ kind: fc.constant('rename' as const), figure: figureIndex, label }),
  fc.record({ kind: fc.constant('recolour' as const), figure: figureIndex, colour: fc.nat({ max: FIGURE_COLOURS.length - 1 }) }),
  fc.record({ kind: fc.constant('release' as const), figure: figureIndex }),
  fc.record({
    kind: fc.constant('drag' as const),
    figure: figureIndex,
    points: fc.array(
      fc.record({
        x: fc.double({ min: -4, max: 4, noNaN: true }),
        z: fc.double({ min: -4, max: 4, noNaN: true }),
        facing: fc.double({ min: -720, max: 720, noNaN: true }),
        after: fc.integer({ min: 1, max: 200 }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
  fc.constant({ kind: 'pause' as const }),
  fc.constant({ kind: 'resume' as const }),
  fc.record({ kind: fc.constant('phase' as const), phase: fc.nat({ max: 8 }) }),
);
const timed = fc.array(fc.record({ after: fc.integer({ min: 1, max: 5000 }), action: actionArb }), { maxLength: 40 });

/** -0 and 0 are the same place on the floor. */
const plain = (room: RoomState) => ({
  order: [...room.order],
  figures: room.order.map((id) => {
    const f = room.figures[id]!;
    return { ...f, pose: { ...f.pose, x: f.pose.x + 0, z: f.pose.z + 0 } };
  }),
});

describe('the recording made by the store', () => {
  it('replays, at the time of each recorded change, the room the store showed right after it', () => {
    fc.assert(
      fc.property(timed, (actions) => {
        let wall = 1_700_000_000_000;
        const store = createResonansStore({ ids: counterIds('added'), now: () => epochMillis(wall) });
        const session = createSession(
          { clientPseudonym: 'K', intention: 'Eg vil sove betre', template: 'iopt', elements: ['Eg', 'vil', 'sove'] },
          { client: 'Me', intention: 'Intention' },
          { ids: counterIds('s'), now: () => epochMillis(1) },
        );
        store.getState().openSession(session);
        const s = () => store.getState();
        const pick = (n: number) => s().room.order[n % Math.max(1, s().room.order.length)];
        /** What was shown at each recorded time, after the last change at that time. */
        const shown = new Map<number, { room: ReturnType<typeof plain>; phase: number }>();
        let count = 0;
        const snapshot = () => {
          if (s().recordedCount === count) return;
          count = s().recordedCount;
          const { drag, room } = s();
          const dragged = drag && room.figures[drag.figureId];
          const showing: RoomState = dragged ? { ...room, figures: { ...room.figures, [dragged.id]: { ...dragged, pose: drag.pose } } } : room;
          shown.set(s().recording!.events[count - 1]!.t, { room: plain(showing), phase: s().progress.phase });
        };
        for (const { after, action } of actions) {
          wall += after;
          const id = pick('figure' in action ? action.figure : 0);
          switch (action.kind) {
            case 'nudge':
              if (id) s().nudgeFigure(id, action.dx, action.dz);
              break;
            case 'turn':
              if (id) s().turnFigureBy(id, action.by);
              break;
            case 'add':
              s().addFigure('person', action.child ? 'child' : 'adult', action.label);
              break;
            case 'remove':
              if (id) s().removeFigure(id);
              break;
            case 'rename':
              if (id) s().renameFigure(id, action.label);
              break;
            case 'recolour':
              if (id) s().recolourFigure(id, FIGURE_COLOURS[action.colour]!);
              break;
            case 'release':
              if (id) s().releaseFigure(id);
              break;
            case 'drag':
              if (!id) break;
              for (const point of action.points) {
                s().previewDrag(id, point);
                snapshot();
                wall += point.after;
              }
              s().endDrag(true);
              break;
            case 'undo':
              undo(store);
              break;
            case 'redo':
              redo(store);
              break;
            case 'pause':
              s().pauseRecording();
              break;
            case 'resume':
              s().resumeRecording();
              break;
            case 'phase':
              s().goToPhase(action.phase);
              break;
          }
          snapshot();
        }
        const index = indexRecording(s().recording!);
        for (const [t, expected] of shown) {
          const state = stateAt(index, t);
          expect(plain(state.room)).toEqual(expected.room);
          expect(state.phase).toBe(expected.phase);
        }
        // And at the end the recording shows the room as it stands.
        expect(plain(stateAt(index, index.durationMs).room)).toEqual(plain(s().room));
      }),
      { numRuns: 150 },
    );
  });
});
