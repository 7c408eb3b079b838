import type { FigureId } from '../model/ids';
import type { Mover } from '../recording/events';
import type { Recording } from '../recording/recording';
import { emptyTimeline, pushAt, type Timeline, valueAt } from '../replay/timeline';
import { foldMethod, type MethodProgress, NEW_METHOD_PROGRESS } from './methodProgress';

/** The method's marks arranged for lookups at any time of a replay: one binary search each. */
export interface MethodIndex {
  /** The figure the client is in resonance with from each time on, or null. */
  readonly resonance: Timeline<FigureId | null>;
  /** Who moved each figure, per pose sample (null where the sample says nobody). */
  readonly movedBy: ReadonlyMap<FigureId, Timeline<Mover | null>>;
  /** The method's progress after each event that changed it, for the panels of a replay. */
  readonly progress: Timeline<MethodProgress>;
}

export function indexMethod(recording: Recording): MethodIndex {
  const resonance = emptyTimeline<FigureId | null>();
  const movedBy = new Map<FigureId, Timeline<Mover | null>>();
  const progress = emptyTimeline<MethodProgress>();
  let current = NEW_METHOD_PROGRESS;
  pushAt(resonance, 0, null);
  pushAt(progress, 0, current);
  for (const event of recording.events) {
    if (event.type === 'pose') {
      const timeline = movedBy.get(event.figureId) ?? emptyTimeline<Mover | null>();
      movedBy.set(event.figureId, timeline);
      pushAt(timeline, event.t, event.movedBy ?? null);
      continue;
    }
    const next = foldMethod(current, event);
    if (next === current) continue;
    if (next.resonance !== current.resonance) pushAt(resonance, event.t, next.resonance);
    pushAt(progress, event.t, next);
    current = next;
  }
  return { resonance, movedBy, progress };
}

/** The figure the client is in resonance with at time t (ms), or null. */
export function resonanceAt(index: MethodIndex, t: number): FigureId | null {
  return valueAt(index.resonance, t) ?? null;
}

/** Who moved the figure in its last movement at or before time t (ms), or null when nobody was chosen. */
export function movedByAt(index: MethodIndex, figureId: FigureId, t: number): Mover | null {
  const timeline = index.movedBy.get(figureId);
  return timeline ? (valueAt(timeline, t) ?? null) : null;
}

export function methodProgressAt(index: MethodIndex, t: number): MethodProgress {
  return valueAt(index.progress, t) ?? NEW_METHOD_PROGRESS;
}
