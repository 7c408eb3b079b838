import type { FigureId } from '../model/ids';
import type { BodyTone, Mover, RecordedEvent } from '../recording/events';

/**
 * What the method's own marks say at one moment: who the client is in resonance with (one-to-one
 * work), who moves each figure, what each released resonator said to come out of the role, the
 * resources given (RTT), the body tone last marked, and when the client ended the wordless phase.
 */
export interface MethodProgress {
  readonly resonance: FigureId | null;
  readonly movers: Readonly<Record<FigureId, Mover>>;
  readonly leavingRole: Readonly<Record<FigureId, string>>;
  readonly resources: readonly string[];
  readonly bodyTone: BodyTone | null;
  /** Session time in milliseconds of the last "the client ended the wordless phase", or null. */
  readonly wordlessEndedAtMs: number | null;
}

export const NEW_METHOD_PROGRESS: MethodProgress = {
  resonance: null,
  movers: {},
  leavingRole: {},
  resources: [],
  bodyTone: null,
  wordlessEndedAtMs: null,
};

const without = <V>(record: Readonly<Record<FigureId, V>>, id: FigureId): Record<FigureId, V> => {
  const { [id]: _gone, ...rest } = record;
  return rest as Record<FigureId, V>;
};

/**
 * The progress after one more event; the same object when the event changes nothing here, so a
 * stream of pose samples costs nothing. The client's resonance with a figure ends when that
 * figure is released or taken out of the room, whether or not the therapist marked it.
 */
export function foldMethod(progress: MethodProgress, event: RecordedEvent): MethodProgress {
  switch (event.type) {
    case 'resonance':
      return event.figureId === progress.resonance ? progress : { ...progress, resonance: event.figureId };
    case 'figureRemoved':
      return progress.resonance === event.figureId ? { ...progress, resonance: null } : progress;
    case 'figureChanged':
      return event.appearance.released && progress.resonance === event.figureId ? { ...progress, resonance: null } : progress;
    case 'mover':
      return progress.movers[event.figureId] === event.movedBy ? progress : { ...progress, movers: { ...progress.movers, [event.figureId]: event.movedBy } };
    case 'leavingRole':
      return {
        ...progress,
        leavingRole: event.text === '' ? without(progress.leavingRole, event.figureId) : { ...progress.leavingRole, [event.figureId]: event.text },
      };
    case 'resources':
      return { ...progress, resources: event.items };
    case 'bodyTone':
      return { ...progress, bodyTone: event.tone };
    case 'wordlessEnded':
      return { ...progress, wordlessEndedAtMs: event.t };
    default:
      return progress;
  }
}

/** The method's progress at the end of a run of events. */
export function methodProgressOf(events: readonly RecordedEvent[], from: MethodProgress = NEW_METHOD_PROGRESS): MethodProgress {
  return events.reduce(foldMethod, from);
}
