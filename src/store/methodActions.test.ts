import { describe, expect, it } from 'vitest';
import { parseSession } from '../domain/format/sessionSchema';
import { type FigureId, counterIds } from '../domain/model/ids';
import type { PhaseTemplateId } from '../domain/model/phaseTemplate';
import { createSession } from '../domain/model/session';
import { epochMillis } from '../domain/model/units';
import { attributions } from '../domain/method/attribution';
import { progressOf } from '../domain/recording/progress';
import { createResonansStore } from './createStore';

function setup(template: PhaseTemplateId = 'iopt') {
  let wall = 1_700_000_000_000;
  const store = createResonansStore({ ids: counterIds('added'), now: () => epochMillis(wall) });
  const session = createSession(
    { clientPseudonym: 'K', intention: 'Eg vil sove betre', template, elements: ['sove', 'betre'] },
    { client: 'Meg', intention: 'Intensjon' },
    { ids: counterIds('s'), now: () => epochMillis(1) },
  );
  store.getState().openSession(session);
  const [client, intention, sleep, better] = session.room.order as [FigureId, FigureId, FigureId, FigureId];
  return {
    store,
    session,
    client,
    intention,
    sleep,
    better,
    advance: (ms: number) => {
      wall += ms;
    },
    s: () => store.getState(),
    events: () => store.getState().recording!.events,
  };
}

describe('one-to-one resonance in the store', () => {
  it('records stepping in and out, one figure at a time, and attributes what is said meanwhile to the client', () => {
    const { s, sleep, better, advance, events } = setup();
    s().setResonance(sleep);
    advance(1000);
    s().markExpression(sleep, 'sound', 'sigh');
    s().setResonance(better);
    expect(s().progress.method.resonance).toBe(better);
    s().setStatement(better, 'I wanted to come closer');
    s().setResonance(null);
    s().markExpression(better, 'movement', '');
    expect(
      events()
        .filter((event) => event.type === 'resonance')
        .map((event) => event.figureId),
    ).toEqual([sleep, better, null]);
    expect(attributions(s().recording!).map(({ speaker }) => speaker.by)).toEqual(['client', 'client', 'resonator']);
  });

  it('records nothing for the figure already in resonance, a figure not in the room, or a released one', () => {
    const { s, sleep, better, events } = setup();
    s().setResonance(sleep);
    s().setResonance(sleep);
    s().setResonance('nobody' as FigureId);
    s().releaseFigure(better);
    s().setResonance(better);
    expect(events().filter((event) => event.type === 'resonance')).toHaveLength(1);
  });

  it('ends when that figure is released', () => {
    const { s, sleep } = setup();
    s().setResonance(sleep);
    s().releaseFigure(sleep);
    expect(s().progress.method.resonance).toBeNull();
  });
});

describe('who moved a figure', () => {
  it('stamps every later pose sample of that figure with the choice, and only that figure', () => {
    const { s, sleep, better, events } = setup();
    s().nudgeFigure(sleep, 0.1, 0);
    s().setMover(sleep, 'resonance');
    s().nudgeFigure(sleep, 0.1, 0);
    s().previewDrag(sleep, { x: 0.5, z: 0.5, facing: 10 });
    s().endDrag(true);
    s().nudgeFigure(better, 0.1, 0);
    s().setMover(sleep, 'client');
    s().turnFigureBy(sleep, 15);
    const poses = events().flatMap((event) => (event.type === 'pose' ? [[event.figureId, event.movedBy]] : []));
    expect(poses).toEqual([
      [sleep, undefined],
      [sleep, 'resonance'],
      [sleep, 'resonance'],
      [sleep, 'resonance'],
      [better, undefined],
      [sleep, 'client'],
    ]);
  });
});

describe('the phase and RTT marks', () => {
  it('are recorded, read back the same from the recording, and survive a file', () => {
    const { s, session, sleep, advance } = setup('rtt');
    s().markRegulation('exercise', '  NRE 3  ');
    advance(500);
    s().markBodyTone('tense');
    s().setResources(['Long out-breath', 'Feet on the floor']);
    s().setResources(['Long out-breath', 'Feet on the floor']);
    s().markWordlessEnded();
    s().setLeavingRole(sleep, 'I am myself again');
    s().setMover(sleep, 'client');
    s().setResonance(sleep);
    const regulation = s().recording!.events.find((event) => event.type === 'regulation');
    expect(regulation).toMatchObject({ kind: 'exercise', text: 'NRE 3' });
    expect(s().recording!.events.filter((event) => event.type === 'resources')).toHaveLength(1);
    expect(progressOf(s().recording!)).toEqual(s().progress);

    const parsed = parseSession(JSON.parse(JSON.stringify({ info: session.info, room: s().room, recording: s().recording })));
    if (!parsed.ok) throw new Error(parsed.problem);
    const again = createResonansStore({ ids: counterIds('again'), now: () => epochMillis(5) });
    again.getState().openSession(parsed.value);
    expect(again.getState().progress.method).toEqual(s().progress.method);
    expect(again.getState().progress.method).toMatchObject({ bodyTone: 'tense', resources: ['Long out-breath', 'Feet on the floor'], resonance: sleep });
  });

  it('records nothing in a finished session', () => {
    const { s, events } = setup('rtt');
    s().finishSession();
    const count = events().length;
    s().markRegulation('breathing', '');
    s().markBodyTone('collapsed');
    s().setResources(['x']);
    expect(events()).toHaveLength(count);
  });
});
