import type { Figure } from '../model/figure';
import type { FigureId } from '../model/ids';
import { createPose } from '../model/pose';
import { roomFromFigures } from '../model/roomState';
import { millis } from '../model/units';
import type { FigureAppearance, RecordedEvent } from '../recording/events';
import type { Recording } from '../recording/recording';

/** Small recordings written by hand for the replay's tests. */
export function figure(id: FigureId, x = 0, z = 0, facing = 0): Figure {
  return { id, kind: 'element', label: `label ${id}`, colour: 'sage', size: 'adult', released: false, pose: createPose(x, z, facing) };
}

export const look = (id: FigureId, change: Partial<FigureAppearance> = {}): FigureAppearance => ({
  kind: 'element',
  label: `label ${id}`,
  colour: 'sage',
  size: 'adult',
  released: false,
  ...change,
});

export const recording = (figures: Figure[], events: RecordedEvent[]): Recording => ({ initialRoom: roomFromFigures(figures), events });

export const poseEvent = (id: FigureId, t: number, x: number, z: number, facing: number, joined: boolean): RecordedEvent => ({
  type: 'pose',
  t: millis(t),
  figureId: id,
  pose: createPose(x, z, facing),
  joined,
});
