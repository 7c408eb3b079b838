import { describe, expect, it } from 'vitest';
import { addFigure, resizeFigure, setDeceased } from '../model/figureEdits';
import { counterIds } from '../model/ids';
import { type Session, createAddedFigure, createSession } from '../model/session';
import { epochMillis, millis } from '../model/units';
import { indexRecording } from '../replay/recordingIndex';
import { stateAt } from '../replay/stateAt';
import type { RecordedEvent } from './events';
import { appearanceOf, roomChanges } from './roomChanges';

function start(): Session {
  return createSession(
    { clientPseudonym: 'K', intention: 'Eg vil', template: 'family', elements: [] },
    { client: 'Meg', intention: 'Intensjonen' },
    { ids: counterIds('s'), now: () => epochMillis(0) },
  );
}

const noRecordedPose = () => undefined;

describe('roomChanges for size and the deceased mark', () => {
  it('records a person made a baby and marked deceased as changes of appearance, which replay shows at their times', () => {
    const session = start();
    const person = createAddedFigure(session.room, counterIds('p'), 'person', 'adult', 'Bror');
    const rooms = [session.room];
    rooms.push(addFigure(rooms[0]!, person));
    rooms.push(resizeFigure(rooms[1]!, person.id, 'baby'));
    rooms.push(setDeceased(rooms[2]!, person.id, true));
    rooms.push(setDeceased(rooms[3]!, person.id, false));
    const events: RecordedEvent[] = [];
    for (let i = 1; i < rooms.length; i += 1) {
      for (const event of roomChanges(rooms[i - 1]!, rooms[i]!, noRecordedPose)) events.push({ ...event, t: millis(i * 100) } as RecordedEvent);
    }
    expect(events.map((event) => event.type)).toEqual(['figureAdded', 'figureChanged', 'figureChanged', 'figureChanged']);
    expect(events[1]).toMatchObject({ appearance: { size: 'baby' } });
    expect(events[2]).toMatchObject({ appearance: { size: 'baby', deceased: true } });
    expect(events[3] && 'appearance' in events[3] && 'deceased' in events[3].appearance).toBe(false);

    const index = indexRecording({ initialRoom: session.room, events });
    expect(stateAt(index, 250).room.figures[person.id]).toMatchObject({ size: 'baby' });
    expect(stateAt(index, 250).room.figures[person.id]?.deceased).toBeUndefined();
    expect(stateAt(index, 350).room.figures[person.id]).toMatchObject({ size: 'baby', deceased: true });
    expect(stateAt(index, 450).room.figures[person.id]?.deceased).toBeUndefined();
  });

  it('writes no deceased field for the living, so appearances recorded before the mark existed compare the same', () => {
    const session = start();
    const [me] = session.room.order;
    const figure = session.room.figures[me!]!;
    expect('deceased' in appearanceOf(figure)).toBe(false);
    const old = { ...session.room, figures: { ...session.room.figures, [figure.id]: { ...figure, deceased: false } } };
    expect(roomChanges(session.room, old, noRecordedPose)).toEqual([]);
  });
});
