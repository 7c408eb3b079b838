import { describe, expect, it } from 'vitest';
import { createResonansStore } from '../../store/createStore';
import { attributions } from '../method/attribution';
import type { FigureId } from '../model/ids';
import { counterIds } from '../model/ids';
import { createSession } from '../model/session';
import { epochMillis } from '../model/units';
import { figureReferenceProblem } from './sessionFile';
import { KEEP_NOTHING, type SupervisionOptions, supervisionCopy } from './supervisionCopy';

/** A one-to-one session with the method's marks, made through the real store. */
function oneToOne() {
  const clock = () => epochMillis(Date.UTC(2026, 10, 17, 14, 35));
  const ids = counterIds('s');
  const store = createResonansStore({ ids, now: clock });
  store
    .getState()
    .openSession(
      createSession(
        { clientPseudonym: 'Kari', intention: 'Eg vil sove', template: 'iopt', elements: ['sove'] },
        { client: 'Me', intention: 'Intention' },
        { ids, now: clock },
      ),
    );
  const s = () => store.getState();
  const sleep = s().room.order[2] as FigureId;
  s().setMover(sleep, 'resonance');
  s().setResonance(sleep);
  s().nudgeFigure(sleep, 0.1, 0);
  s().setStatement(sleep, 'I am tired');
  s().setResonance(null);
  s().releaseFigure(sleep);
  s().setLeavingRole(sleep, 'I am myself again');
  const { session, room, recording } = s();
  return { info: session!, room, recording: { initialRoom: recording!.initialRoom, events: [...recording!.events] } };
}

const options = (statements: boolean): SupervisionOptions => ({
  keep: { ...KEEP_NOTHING, statements },
  dating: 'session-number',
  names: { pseudonym: 'Client', maskedIntention: '(hidden)', role: (kind, number) => `${kind} ${number}` },
  ids: counterIds('copy'),
});

describe('a supervision copy of a one-to-one session', () => {
  it('renames the figures the method marks name, keeps who spoke, and keeps the leaving words only with the statements', () => {
    const original = oneToOne();
    const kept = supervisionCopy(original, options(true));
    expect(figureReferenceProblem(kept.recording)).toBeNull();
    expect(JSON.stringify(kept.recording.events)).not.toContain('"s-');
    expect(attributions(kept.recording).map(({ speaker }) => speaker.by)).toEqual(['client']);
    expect(kept.recording.events.filter((event) => event.type === 'pose').every((event) => event.movedBy === 'resonance')).toBe(true);
    expect(kept.recording.events.some((event) => event.type === 'leavingRole')).toBe(true);

    const bare = supervisionCopy(original, options(false));
    expect(figureReferenceProblem(bare.recording)).toBeNull();
    expect(bare.recording.events.some((event) => event.type === 'leavingRole')).toBe(false);
    expect(JSON.stringify(bare)).not.toContain('myself again');
  });
});
