import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexRecording } from '../replay/recordingIndex';
import { stateAt } from '../replay/stateAt';
import { analyseRecording } from './analyseRecording';
import { arbitraryRecording, figureAt, FIGURE_NAMES, idOf, movedRoom, phaseEvent, poseEvent, rawPose, recordingOf } from './analysisFixtures';
import { distanceByPhase } from './distanceByPhase';
import { distanceOverTime } from './distanceOverTime';
import { DEFAULT_FACING_TOLERANCE_DEGREES, facingAtPhaseEnds, facingOffsetDegrees } from './facingMatrix';
import { firstMovesInWordless } from './firstMoves';
import { movementPerPhase } from './movementPerPhase';
import { phaseSpans } from './phaseSpans';

const me = idOf('me');
const a = idOf('a');
const b = idOf('b');

/** Me at the front looking to the back; A ahead of me looking back at me; B to my right looking away. */
const session = recordingOf(
  [figureAt('me', rawPose(0, 2, 0), 'client'), figureAt('a', rawPose(0, 0, 180)), figureAt('b', rawPose(1, 2, 90))],
  [
    phaseEvent(1000, 1),
    phaseEvent(2000, 2),
    // In the wordless phase A walks 1 m toward me over two seconds; B only turns, later.
    poseEvent(3000, 'a', rawPose(0, 0.5, 180), false),
    poseEvent(4000, 'a', rawPose(0, 1, 180)),
    poseEvent(6000, 'b', rawPose(1, 2, 270), false),
    phaseEvent(8000, 3),
    poseEvent(9000, 'me', rawPose(0, 2, 90), false),
    poseEvent(10_000, 'a', rawPose(0, 1, 180)),
  ],
);

describe('distance over time', () => {
  it('is read at every recorded move and glides between samples as replay does', () => {
    const samples = distanceOverTime(indexRecording(session), me, a);
    expect(samples.find((s) => s.t === 0)?.metres).toBeCloseTo(2);
    expect(samples.find((s) => s.t === 3000)?.metres).toBeCloseTo(1.5);
    expect(samples.find((s) => s.t === 4000)?.metres).toBeCloseTo(1);
    expect(samples[samples.length - 1]?.t).toBe(10_000);
    expect(samples.map((s) => s.t)).toEqual([...samples.map((s) => s.t)].sort((x, y) => x - y));
  });

  it('is symmetric and unchanged by turning or shifting the whole room', () => {
    fc.assert(
      fc.property(
        arbitraryRecording,
        fc.double({ min: -360, max: 360, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (recording, turn, dx, dz) => {
          const index = indexRecording(recording);
          const moved = indexRecording(movedRoom(recording, turn, dx, dz));
          for (const [x, y] of [
            [me, a],
            [a, idOf('c')],
          ] as const) {
            const there = distanceOverTime(index, x, y);
            const back = distanceOverTime(index, y, x);
            const elsewhere = distanceOverTime(moved, x, y);
            expect(back).toEqual(there);
            expect(elsewhere.map((s) => s.t)).toEqual(there.map((s) => s.t));
            elsewhere.forEach((sample, i) => expect(sample.metres ?? 0).toBeCloseTo(there[i]?.metres ?? 0, 9));
          }
        },
      ),
    );
  });

  it('marks a released figure as out of the room', () => {
    const released = recordingOf(
      session.initialRoom.order.map((id) => session.initialRoom.figures[id]!),
      [{ type: 'figureChanged', t: 500 as never, figureId: a, appearance: { kind: 'person', label: 'a', colour: 'sand', size: 'adult', released: true } }],
    );
    const samples = distanceOverTime(indexRecording(released), me, a);
    expect(samples.find((s) => s.t === 500)?.metres).toBeNull();
  });
});

describe('distance in each phase', () => {
  it('reads the start, the end, the smallest and the largest of each phase', () => {
    const index = indexRecording(session);
    const rows = distanceByPhase(distanceOverTime(index, me, a), phaseSpans(index));
    expect(rows.map((row) => [row.span.phase, row.atStart, row.atEnd, row.smallest, row.largest])).toEqual([
      [0, 2, 2, 2, 2],
      [1, 2, 2, 2, 2],
      [2, 2, 1, 1, 2],
      [3, 1, 1, 1, 1],
    ]);
  });
});

describe('who faces whom at the end of each phase', () => {
  it('reads each phase end within the stated angle', () => {
    const ends = facingAtPhaseEnds(indexRecording(session));
    expect(ends.map((end) => end.phase)).toEqual([0, 1, 2, 3]);
    const wordless = ends[2]!;
    expect(wordless.t).toBe(8000);
    expect([...(wordless.facing.get(a) ?? [])]).toEqual([me]);
    expect([...(wordless.facing.get(me) ?? [])]).toEqual([a]);
    // B turned to 270° looks left along the floor, straight at me.
    expect([...(wordless.facing.get(b) ?? [])]).toEqual([me]);
    const last = ends[3]!;
    // Me turned to face right, toward B.
    expect([...(last.facing.get(me) ?? [])]).toEqual([b]);
    // A narrower angle than the line between them needs nobody facing anybody at 45° off.
    const askew = recordingOf([figureAt('me', rawPose(0, 0, 45)), figureAt('a', rawPose(0, -1, 0))], []);
    expect(facingAtPhaseEnds(indexRecording(askew))[0]?.facing.get(me)?.size).toBe(0);
    expect(facingAtPhaseEnds(indexRecording(askew), 50)[0]?.facing.get(me)?.size).toBe(1);
  });

  it('is unchanged by turning or shifting the whole room', () => {
    fc.assert(
      fc.property(
        arbitraryRecording,
        fc.double({ min: -360, max: 360, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (recording, turn, dx, dz) => {
          const index = indexRecording(recording);
          const here = facingAtPhaseEnds(index);
          const there = facingAtPhaseEnds(indexRecording(movedRoom(recording, turn, dx, dz)));
          expect(there.map((end) => end.phase)).toEqual(here.map((end) => end.phase));
          here.forEach((end, i) => {
            const { room } = stateAt(index, end.t);
            for (const from of end.figures) {
              for (const to of end.figures) {
                if (from === to) continue;
                const same = end.facing.get(from)?.has(to) === there[i]?.facing.get(from)?.has(to);
                if (same) continue;
                // Only a pair lying exactly on the stated angle may tip over by rounding.
                const fromPose = room.figures[from]?.pose;
                const toPose = room.figures[to]?.pose;
                const offset = fromPose && toPose ? facingOffsetDegrees(fromPose, toPose) : undefined;
                expect(Math.abs((offset ?? 0) - DEFAULT_FACING_TOLERANCE_DEGREES)).toBeLessThan(1e-6);
              }
            }
          });
        },
      ),
    );
  });
});

describe('movement and turning per phase', () => {
  it('sums the path walked and the turning done in each phase', () => {
    const movement = movementPerPhase(indexRecording(session));
    expect(movement.get(a)?.get(2)?.metres).toBeCloseTo(1);
    expect(movement.get(a)?.get(3)?.metres).toBe(0);
    expect(movement.get(b)?.get(2)).toEqual({ metres: 0, turnedDegrees: 180 });
    expect(movement.get(me)?.get(3)?.turnedDegrees).toBeCloseTo(90);
    expect(movement.get(me)?.get(0)).toEqual({ metres: 0, turnedDegrees: 0 });
  });

  it('is zero for a figure that never moved, and unchanged by turning or shifting the room', () => {
    fc.assert(
      fc.property(
        arbitraryRecording,
        fc.double({ min: -360, max: 360, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (recording, turn, shift) => {
          const still = recordingOf(
            [...recording.initialRoom.order.map((id) => recording.initialRoom.figures[id]!), figureAt('still', rawPose(0.5, 0.5, 10))],
            recording.events,
          );
          const here = movementPerPhase(indexRecording(still));
          for (const sum of here.get(idOf('still'))?.values() ?? []) expect(sum).toEqual({ metres: 0, turnedDegrees: 0 });
          const there = movementPerPhase(indexRecording(movedRoom(still, turn, shift, -shift)));
          for (const name of FIGURE_NAMES) {
            for (const [phase, sum] of here.get(idOf(name)) ?? []) {
              const moved = there.get(idOf(name))?.get(phase);
              expect(moved?.metres).toBeCloseTo(sum.metres, 9);
              expect(moved?.turnedDegrees).toBeCloseTo(sum.turnedDegrees, 6);
            }
          }
        },
      ),
    );
  });
});

describe('first movement in the wordless phase', () => {
  it('gives each figure’s first move from the start of IoPT phase 3, or none', () => {
    const moves = firstMovesInWordless(indexRecording(session), 'iopt');
    expect(moves).toEqual([
      { figureId: me, t: null, afterStartMs: null },
      { figureId: a, t: 3000, afterStartMs: 1000 },
      { figureId: b, t: 6000, afterStartMs: 4000 },
    ]);
  });

  it('is empty for a template without a wordless phase', () => {
    expect(firstMovesInWordless(indexRecording(session), 'rtt')).toEqual([]);
  });
});

describe('the whole analysis', () => {
  it('spans the phases end to end and carries every chosen pair', () => {
    const analysis = analyseRecording(indexRecording(session), 'iopt', [{ a: me, b }]);
    expect(phaseSpans(indexRecording(session)).map((span) => [span.phase, span.startMs, span.endMs])).toEqual([
      [0, 0, 1000],
      [1, 1000, 2000],
      [2, 2000, 8000],
      [3, 8000, 10_000],
    ]);
    expect(analysis.distances[0]?.samples[0]?.metres).toBeCloseTo(1);
    expect(analysis.toleranceDegrees).toBe(30);
  });
});
