import { describe, expect, it } from 'vitest';
import { counterIds } from '../model/ids';
import { createSession, type Session } from '../model/session';
import { epochMillis } from '../model/units';
import { createResonansStore } from '../../store/createStore';
import { parseSession } from './sessionSchema';
import { supervisionCopy } from './supervisionCopy';

function recordedSession() {
  let now = 1_000_000;
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

const options = {
  pseudonym: 'Supervision client',
  omitTexts: false,
  maskIntention: false,
  maskedIntention: '(hidden)',
  elementLabel: (n: number) => `Element ${n}`,
  newId: 'copy-1',
};

describe('supervisionCopy', () => {
  it('replaces the pseudonym, gets its own id, says it is pseudonymised, and keeps every pose and time', () => {
    const original = recordedSession();
    const copy = supervisionCopy(original, options);
    expect(copy.info.clientPseudonym).toBe('Supervision client');
    expect(copy.info.id).toBe('copy-1');
    expect(copy.info.pseudonymised).toBe(true);
    expect(copy.info.intention).toBe('Eg vil sove betre');
    expect(JSON.stringify(copy)).not.toContain('Kari Nordmann');
    const poses = (s: Session) => s.recording.events.filter((e) => e.type === 'pose');
    expect(poses(copy)).toEqual(poses(original));
    expect(copy.recording.events.map((e) => e.t)).toEqual(original.recording.events.map((e) => e.t));
    expect(parseSession(JSON.parse(JSON.stringify(copy))).ok).toBe(true);
  });

  it('leaves out notes, statements and expression texts when asked', () => {
    const copy = supervisionCopy(recordedSession(), { ...options, omitTexts: true });
    const text = JSON.stringify(copy);
    for (const secret of ['Kari spoke about her father.', 'I felt heavy.', 'a sigh']) expect(text).not.toContain(secret);
    expect(copy.recording.events.some((e) => e.type === 'expression' && e.kind === 'sound')).toBe(true);
  });

  it('hides the intention and every element label that would spell it out, everywhere in the recording', () => {
    const copy = supervisionCopy(recordedSession(), { ...options, maskIntention: true });
    expect(copy.info.intention).toBe('(hidden)');
    expect(copy.info.elements).toEqual(['Element 1', 'Element 2', 'Element 3', 'Element 4']);
    const text = JSON.stringify(copy);
    for (const word of ['"sove"', '"betre"', '"vil"', '"Eg"', '"sleep"']) expect(text).not.toContain(word);
    // Figures that are not words of the intention keep their names.
    expect(text).toContain('"Father"');
    const labels = copy.recording.initialRoom.order.map((id) => copy.recording.initialRoom.figures[id]?.label);
    expect(labels).toEqual(['Me', 'Intention', 'Element 1', 'Element 2', 'Element 3', 'Element 4']);
    expect(Object.values(copy.room.figures).map((f) => f.label)).toContain('Element 3');
  });
});
