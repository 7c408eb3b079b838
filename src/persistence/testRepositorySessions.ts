import type { FigureId } from '../domain/model/ids';
import { counterIds } from '../domain/model/ids';
import { createPose } from '../domain/model/pose';
import { type Session, createSession } from '../domain/model/session';
import { epochMillis, millis } from '../domain/model/units';
import type { RecordedEvent } from '../domain/recording/events';

/** For tests of the repositories: a session of four words, its ids numbered from `prefix`. */
export function newSession(prefix: string, createdAt: number, pseudonym = prefix): Session {
  return createSession(
    { clientPseudonym: pseudonym, intention: 'Jeg vil tåle nærhet', template: 'iopt', elements: ['Jeg', 'vil', 'tåle', 'nærhet'] },
    { client: 'Meg', intention: 'Intensjon' },
    { ids: counterIds(prefix), now: () => epochMillis(createdAt) },
  );
}

/** For tests: `count` recorded events, one every 100 ms from `from`: moves of the first figure, a phase, a note. */
export function eventsFor(session: Session, count: number, from = 0, text = 'note'): RecordedEvent[] {
  const id = session.room.order[0] as FigureId;
  return Array.from({ length: count }, (_, i): RecordedEvent => {
    const t = millis((from + i) * 100);
    if (i % 3 === 0) return { type: 'pose', t, figureId: id, pose: createPose((from + i) / 10, 0, i * 10), joined: i > 0 };
    if (i % 3 === 1) return { type: 'phase', t, phase: (from + i) % 7 };
    return { type: 'note', t, phase: 0, text: `${text} ${from + i}` };
  });
}

export const withEvents = (session: Session, events: readonly RecordedEvent[]): Session => ({ ...session, recording: { ...session.recording, events } });
