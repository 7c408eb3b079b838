import type { FigureId } from '../domain/model/ids';
import { createPose } from '../domain/model/pose';
import type { Session } from '../domain/model/session';
import { millis } from '../domain/model/units';
import type { RecordedEvent } from '../domain/recording/events';

/**
 * For tests: `count` recorded moves of the session's first figure, numbered from `from`, each
 * 10 ms and 1 cm after the last, so any two runs of them join or overlap exactly by number.
 */
export function movesOf(session: Session, from: number, count: number): RecordedEvent[] {
  const id = session.room.order[0] as FigureId;
  return Array.from({ length: count }, (_, i): RecordedEvent => ({
    type: 'pose',
    t: millis((from + i) * 10),
    figureId: id,
    pose: createPose((from + i) / 100, 0, 0),
    joined: true,
  }));
}
