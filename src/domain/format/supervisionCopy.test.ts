import { describe, expect, it } from 'vitest';
import type { FigureKind } from '../model/figure';
import { counterIds } from '../model/ids';
import { createSession, type Session } from '../model/session';
import { epochMillis } from '../model/units';
import { createResonansStore } from '../../store/createStore';
import { parseSession } from './sessionSchema';
import { KEEP_NOTHING, type SupervisionOptions, monthOf, supervisionCopy, supervisionDateOf, supervisionExportedAt } from './supervisionCopy';

function recordedSession() {
  let now = Date.UTC(2026, 10, 17, 14, 35);
  const clock = () => epochMillis(now);
  const ids = counterIds('s');
  const created = createSession(
    { clientPseudonym: 'Kari Nordmann', intention: 'Eg vil sove betre', template: 'iopt', elements: ['Eg', 'vil', 'sove', 'betre'] },
    { client: 'Me', intention: 'Intention' },
    { ids, now: clock },
  );
  const store = createResonansStore({ ids, now: clock });
  store.getState().openSession(created);
  const [, , eg, , sove] = store.getState().room.order;
  now += 1000;
  store.getState().nudgeFigure(sove!, 0.1, 0);
  store.getState().setNote(0, 'Kari spoke about her father.');
  store.getState().markExpression(eg!, 'sound', 'a sigh');
  store.getState().setStatement(sove!, 'I felt heavy.');
  store.getState().addFigure('person', 'adult', 'Father');
  store.getState().renameFigure(sove!, 'sleep');
  const { session, room, recording } = store.getState();
  return { info: session!, room, recording: { initialRoom: recording!.initialRoom, events: [...recording!.events] } };
}

const ROLES: Record<FigureKind, string> = { client: 'Me', intention: 'Intention', element: 'Element', person: 'Person', free: 'Free' };
const options = (more: Partial<SupervisionOptions> = {}): SupervisionOptions => ({
  keep: KEEP_NOTHING,
  dating: 'session-number',
  names: {
    pseudonym: 'Supervision client, session 3',
    maskedIntention: '(hidden)',
    role: (kind, number) => (kind === 'client' || kind === 'intention' ? ROLES[kind] : `${ROLES[kind]} ${number}`),
  },
  ids: counterIds('copy'),
  ...more,
});

/** Every id a session holds: its own, its figures', and every id an event names. */
function idsIn(session: Session): string[] {
  const figureIds = [...session.recording.initialRoom.order, ...session.room.order];
  for (const event of session.recording.events) {
    if ('figureId' in event && event.figureId !== null) figureIds.push(event.figureId);
    if (event.type === 'sharingOrder') figureIds.push(...event.figureIds);
  }
  return [session.info.id, ...figureIds, ...(session.info.covertOrder ?? [])];
}

describe('supervisionCopy', () => {
  it('keeps every pose, phase and session time, and is a valid session', () => {
    const original = recordedSession();
    const copy = supervisionCopy(original, options());
    const poses = (s: Session) => s.recording.events.flatMap((e) => (e.type === 'pose' ? [[e.t, e.pose, e.joined]] : []));
    expect(poses(copy)).toEqual(poses(original));
    expect(copy.recording.events.filter((e) => e.type !== 'note' && e.type !== 'statement').map((e) => e.t)).toEqual(
      original.recording.events.filter((e) => e.type !== 'note' && e.type !== 'statement').map((e) => e.t),
    );
    expect(copy.info.pseudonymised).toBe(true);
    expect(parseSession(JSON.parse(JSON.stringify(copy))).ok).toBe(true);
  });

  it('by default holds nothing that names the client: pseudonym, figure names, notes, statements, intention, element words', () => {
    const copy = supervisionCopy(recordedSession(), options());
    const text = JSON.stringify(copy);
    for (const secret of ['Kari', 'Father', 'father', 'sove', 'betre', '"vil"', '"Eg"', 'sleep', 'heavy', 'a sigh']) expect(text).not.toContain(secret);
    expect(copy.info.clientPseudonym).toBe('Supervision client, session 3');
    expect(copy.info.intention).toBe('(hidden)');
    expect(copy.info.elements).toEqual(['Element 1', 'Element 2', 'Element 3', 'Element 4']);
    expect(copy.recording.events.some((e) => e.type === 'note' || e.type === 'statement')).toBe(false);
    expect(copy.recording.events.some((e) => e.type === 'expression' && e.kind === 'sound' && e.text === '')).toBe(true);
    const labels = (room: Session['room']) => room.order.map((id) => room.figures[id]?.label);
    // Elements are numbered as covert mode numbers them (drawn when the session started).
    const initial = labels(copy.recording.initialRoom);
    expect(initial.slice(0, 2)).toEqual(['Me', 'Intention']);
    expect([...initial.slice(2)].sort()).toEqual(['Element 1', 'Element 2', 'Element 3', 'Element 4']);
    // Renamed or added figures get their role's name, the same all through the copy.
    expect(labels(copy.room)).toEqual([...initial, 'Person 1']);
  });

  it('never keeps an id of the original, and keeps the new ids consistent', () => {
    const original = recordedSession();
    const copy = supervisionCopy(original, options());
    const before = new Set(idsIn(original));
    for (const id of idsIn(copy)) expect(before.has(id)).toBe(false);
    expect(new Set(copy.recording.initialRoom.order)).toEqual(new Set(copy.room.order.filter((id) => copy.recording.initialRoom.figures[id])));
  });

  it('keeps a part only when the therapist chooses it', () => {
    const original = recordedSession();
    const all = supervisionCopy(
      original,
      options({ keep: { figureLabels: true, notes: true, statements: true, intention: true, elementLabels: true, drawing: true } }),
    );
    const text = JSON.stringify(all);
    for (const kept of ['Father', 'sleep', 'Kari spoke about her father.', 'I felt heavy.', 'a sigh', 'Eg vil sove betre']) expect(text).toContain(kept);
    const notesOnly = JSON.stringify(supervisionCopy(original, options({ keep: { ...KEEP_NOTHING, notes: true } })));
    expect(notesOnly).toContain('Kari spoke about her father.');
    expect(notesOnly).not.toContain('I felt heavy.');
    expect(notesOnly).not.toContain('Father"');
  });

  it('dates the copy by its number, by its month, or exactly, as chosen', () => {
    const original = recordedSession();
    expect(supervisionCopy(original, options(), 3).info.createdAt).toBe(2 * 24 * 60 * 60 * 1000);
    expect(new Date(supervisionCopy(original, options({ dating: 'month' })).info.createdAt).toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(supervisionCopy(original, options({ dating: 'exact' })).info.createdAt).toBe(original.info.createdAt);
    const now = Date.UTC(2026, 11, 24, 9, 12);
    expect(supervisionExportedAt('session-number', now, 1)).toBe(0);
    expect(supervisionExportedAt('month', now, 1)).toBe(monthOf(now));
    expect(supervisionExportedAt('exact', now, 1)).toBe(now);
  });

  it('reads each kind of copy date back as what it stands for', () => {
    const original = recordedSession();
    expect(supervisionDateOf(supervisionCopy(original, options(), 3).info.createdAt)).toEqual({ kind: 'number', sessionNumber: 3 });
    expect(supervisionDateOf(supervisionCopy(original, options({ dating: 'month' })).info.createdAt)).toEqual({ kind: 'month' });
    expect(supervisionDateOf(Date.UTC(2026, 10, 22, 14, 5))).toEqual({ kind: 'exact' });
  });

  it('numbers elements as covert mode does, so the numbers do not give away the order of the words', () => {
    const original = recordedSession();
    const elements = original.recording.initialRoom.order.slice(2);
    const covert = { ...original, info: { ...original.info, covertOrder: [elements[2]!, elements[0]!, elements[3]!, elements[1]!] } };
    const copy = supervisionCopy(covert, options());
    const labels = copy.recording.initialRoom.order.map((id) => copy.recording.initialRoom.figures[id]?.label);
    expect(labels.slice(2)).toEqual(['Element 2', 'Element 4', 'Element 1', 'Element 3']);
    const order = copy.info.covertOrder ?? [];
    expect(order.map((id) => copy.recording.initialRoom.figures[id]?.label)).toEqual(['Element 1', 'Element 2', 'Element 3', 'Element 4']);
  });
});
