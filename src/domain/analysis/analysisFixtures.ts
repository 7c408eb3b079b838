import fc from 'fast-check';
import type { Figure } from '../model/figure';
import { type FigureId, figureId } from '../model/ids';
import type { Pose } from '../model/pose';
import { roomFromFigures } from '../model/roomState';
import { degrees, type Metres, millis } from '../model/units';
import type { RecordedEvent } from '../recording/events';
import type { Recording } from '../recording/recording';

/** A pose as given, not clamped to the room, so a whole room may be turned or shifted in tests. */
export const rawPose = (x: number, z: number, facing: number): Pose => ({
  x: x as Metres,
  z: z as Metres,
  facing: degrees(((facing % 360) + 360) % 360),
  posture: 'standing',
});

export function figureAt(id: string, pose: Pose, kind: Figure['kind'] = 'person'): Figure {
  return { id: figureId(id), kind, label: id, colour: 'sand', size: 'adult', pose, released: false };
}

export const poseEvent = (t: number, id: string, pose: Pose, joined = true): RecordedEvent => ({
  type: 'pose',
  t: millis(t),
  figureId: figureId(id),
  pose,
  joined,
});
export const phaseEvent = (t: number, phase: number): RecordedEvent => ({ type: 'phase', t: millis(t), phase });

export function recordingOf(figures: readonly Figure[], events: readonly RecordedEvent[]): Recording {
  return { initialRoom: roomFromFigures(figures), events };
}

/** The same recording with the whole room turned by `turnDegrees` about the middle and then shifted. */
export function movedRoom(recording: Recording, turnDegrees: number, dx: number, dz: number): Recording {
  const radians = (turnDegrees * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  // Facing 0° looks along −z and turns clockwise from above, so this turn moves a facing by +turnDegrees.
  const move = (pose: Pose): Pose => rawPose(pose.x * cos - pose.z * sin + dx, pose.x * sin + pose.z * cos + dz, pose.facing + turnDegrees);
  const figures = recording.initialRoom.order.flatMap((id) => {
    const figure = recording.initialRoom.figures[id];
    return figure ? [{ ...figure, pose: move(figure.pose) }] : [];
  });
  const events = recording.events.map((event) => (event.type === 'pose' ? { ...event, pose: move(event.pose) } : event));
  return recordingOf(figures, events);
}

const coordinate = fc.double({ min: -2.5, max: 2.5, noNaN: true });
const facing = fc.double({ min: 0, max: 359.9, noNaN: true });
const arbitraryPose = fc.tuple(coordinate, coordinate, facing).map(([x, z, f]) => rawPose(x, z, f));

export const FIGURE_NAMES = ['me', 'a', 'b', 'c'] as const;

/** Random sessions: four figures, moves at rising times, a phase change now and then. */
export const arbitraryRecording: fc.Arbitrary<Recording> = fc
  .record({
    start: fc.tuple(arbitraryPose, arbitraryPose, arbitraryPose, arbitraryPose),
    steps: fc.array(
      fc.record({
        gapMs: fc.integer({ min: 0, max: 5000 }),
        figure: fc.integer({ min: 0, max: 3 }),
        pose: arbitraryPose,
        joined: fc.boolean(),
        phase: fc.boolean(),
      }),
      { maxLength: 40 },
    ),
  })
  .map(({ start, steps }) => {
    const figures = start.map((pose, i) => figureAt(FIGURE_NAMES[i] ?? 'x', pose));
    let t = 0;
    let phase = 0;
    const events: RecordedEvent[] = [];
    for (const step of steps) {
      t += step.gapMs;
      if (step.phase && phase < 6) events.push(phaseEvent(t, (phase += 1)));
      else events.push(poseEvent(t, FIGURE_NAMES[step.figure] ?? 'me', step.pose, step.joined));
    }
    return recordingOf(figures, events);
  });

export const idOf = (name: string): FigureId => figureId(name);
