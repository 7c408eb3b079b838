import { describe, expect, it } from 'vitest';
import { figureId } from '../model/ids';
import type { Session } from '../model/session';
import { epochMillis } from '../model/units';
import { figureAt, phaseEvent, poseEvent, rawPose, recordingOf } from './analysisFixtures';
import { journeyStations, wordKey } from './journey';

function session(id: string, createdAt: number, elements: readonly { label: string; x: number }[], covert = false): Session {
  const figures = [
    figureAt(`${id}-me`, rawPose(0, 0, 0), 'client'),
    ...elements.map((element, i) => ({ ...figureAt(`${id}-e${i}`, rawPose(element.x, 0, 0), 'element'), label: element.label })),
  ];
  const recording = recordingOf(figures, [phaseEvent(1000, 1), poseEvent(2000, `${id}-e0`, rawPose(9, 0, 0), false), phaseEvent(3000, 2)]);
  return {
    info: {
      id: id as never,
      createdAt: epochMillis(createdAt),
      clientPseudonym: 'K',
      intention: '',
      template: 'iopt',
      elements: elements.map((e) => e.label),
      ...(covert ? { covert: true } : {}),
    },
    room: recording.initialRoom,
    recording,
  };
}

describe('the client’s journey', () => {
  const first = session('a', 100, [
    { label: 'safe', x: 1 },
    { label: 'Others', x: 2 },
  ]);
  const second = session('b', 200, [
    { label: 'others ', x: 3 },
    { label: 'calm', x: 4 },
  ]);

  it('puts the sessions in time order and gives matching words one colour in every session', () => {
    const { stations, colours } = journeyStations([second, first], { kind: 'end' });
    expect(stations.map((station) => station.session.info.id)).toEqual(['a', 'b']);
    const colourIn = (index: number, id: string) => stations[index]?.room?.figures[figureId(id)]?.colour;
    expect(colourIn(0, 'a-e1')).toBe(colourIn(1, 'b-e0'));
    expect(new Set([colourIn(0, 'a-e0'), colourIn(0, 'a-e1'), colourIn(1, 'b-e1')]).size).toBe(3);
    expect([...colours.keys()]).toEqual(['safe', 'others', 'calm']);
  });

  it('measures Me to each element at the chosen moment, and marks a phase never reached', () => {
    const atEnd = journeyStations([first], { kind: 'end' }).stations[0];
    expect(atEnd?.distances.get('safe')).toBeCloseTo(9);
    const atPhase = journeyStations([first], { kind: 'phase', phase: 0 }).stations[0];
    expect(atPhase?.t).toBe(1000);
    expect(atPhase?.distances.get('safe')).toBeCloseTo(1);
    expect(journeyStations([first], { kind: 'phase', phase: 5 }).stations[0]?.room).toBeNull();
  });

  it('neither colours nor compares the words of a covert session', () => {
    const covert = session('c', 300, [{ label: 'safe', x: 1 }], true);
    const { stations } = journeyStations([first, covert], { kind: 'end' });
    expect(stations[1]?.distances.size).toBe(0);
    expect(stations[1]?.room?.figures[figureId('c-e0')]?.colour).toBe('sand');
  });

  it('reads words alike whatever their case and spacing', () => {
    expect(wordKey('  Feel   Safe ')).toBe('feel safe');
  });
});
