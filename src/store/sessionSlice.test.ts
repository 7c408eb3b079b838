import { describe, expect, it } from 'vitest';
import { type FigureId, counterIds } from '../domain/model/ids';
import { EMPTY_ROOM, figuresInOrder } from '../domain/model/roomState';
import { type Session, createSession } from '../domain/model/session';
import { epochMillis } from '../domain/model/units';
import { readSessionFile, sessionFileText } from '../domain/format/sessionFile';
import { recordingEnd } from '../domain/recording/recording';
import { indexRecording } from '../domain/replay/recordingIndex';
import { stateAt } from '../domain/replay/stateAt';
import { type ResonansStore, createResonansStore } from './createStore';
import { selectFigure, selectOrder, selectShownPose, shownPose } from './selectors';

function newSession(prefix: string, elements: readonly string[] = ['Eg', 'vil', 'sove', 'betre']): Session {
  return createSession(
    { clientPseudonym: prefix, intention: 'Eg vil sove betre', template: 'iopt', elements },
    { client: 'Me', intention: 'Intention' },
    { ids: counterIds(prefix), now: () => epochMillis(1000) },
  );
}

const makeStore = () => createResonansStore({ ids: counterIds('added'), now: () => epochMillis(2000) });

function opened(): { store: ResonansStore; session: Session; ids: FigureId[] } {
  const store = makeStore();
  const session = newSession('a');
  store.getState().openSession(session);
  return { store, session, ids: [...session.room.order] };
}

function at(ids: FigureId[], index: number): FigureId {
  const id = ids[index];
  if (!id) throw new Error(`no figure ${index}`);
  return id;
}

describe('a new store', () => {
  it('starts with no session, an empty room and the room view', () => {
    const state = makeStore().getState();
    expect(state.session).toBeNull();
    expect(state.room).toBe(EMPTY_ROOM);
    expect(state.selectedFigureId).toBeNull();
    expect(state.viewMode).toBe('room');
    expect(state.viewpointFigureId).toBeNull();
    expect(state.drag).toBeNull();
    expect(state.saveStatus).toBe('idle');
    expect(state.saveError).toBeNull();
  });
});

describe('openSession and closeSession', () => {
  it('shows the session and its room', () => {
    const { store, session } = opened();
    expect(store.getState().session).toBe(session.info);
    expect(store.getState().room).toBe(session.room);
  });

  it('opening another session resets selection, view and any drag', () => {
    const { store, ids } = opened();
    store.getState().select(at(ids, 0));
    store.getState().setViewMode('figure');
    store.getState().previewDrag(at(ids, 1), { x: 1, z: 1, facing: 0 });
    const other = newSession('b');
    store.getState().openSession(other);
    const state = store.getState();
    expect(state.session).toBe(other.info);
    expect(state.room).toBe(other.room);
    expect(state.selectedFigureId).toBeNull();
    expect(state.viewMode).toBe('room');
    expect(state.viewpointFigureId).toBeNull();
    expect(state.drag).toBeNull();
  });

  it('opening another session leaves nothing to redo', () => {
    const { store, ids } = opened();
    store.getState().nudgeFigure(at(ids, 0), 0.5, 0);
    store.temporal.getState().undo();
    expect(store.temporal.getState().futureStates).toHaveLength(1);
    store.getState().openSession(newSession('b'));
    expect(store.temporal.getState().futureStates).toHaveLength(0);
  });

  it('closing empties the room and resets the view', () => {
    const { store, ids } = opened();
    store.getState().select(at(ids, 0));
    store.getState().setViewMode('top');
    store.getState().closeSession();
    const state = store.getState();
    expect(state.session).toBeNull();
    expect(state.room).toBe(EMPTY_ROOM);
    expect(state.selectedFigureId).toBeNull();
    expect(state.viewMode).toBe('room');
  });
});

describe('room edits through the store', () => {
  it('places, nudges and turns a figure', () => {
    const { store, ids } = opened();
    const id = at(ids, 2);
    store.getState().placeFigure(id, { x: 0.5, z: -0.5, facing: 350, posture: 'kneeling' });
    store.getState().nudgeFigure(id, 0.1, 0.1);
    store.getState().turnFigureBy(id, 20);
    expect(store.getState().room.figures[id]?.pose).toEqual({ x: 0.6, z: -0.4, facing: 10, posture: 'kneeling' });
    store.getState().turnFigureTo(id, -90);
    expect(store.getState().room.figures[id]?.pose.facing).toBe(270);
  });

  it('renames and recolours a figure', () => {
    const { store, ids } = opened();
    const id = at(ids, 3);
    store.getState().renameFigure(id, '  Vil   ikkje ');
    store.getState().recolourFigure(id, 'sky');
    expect(store.getState().room.figures[id]).toMatchObject({ label: 'Vil ikkje', colour: 'sky' });
  });

  it('leaves the other figures and the session info alone', () => {
    const { store, session, ids } = opened();
    store.getState().nudgeFigure(at(ids, 0), 1, 0);
    for (const id of ids.slice(1)) expect(store.getState().room.figures[id]).toBe(session.room.figures[id]);
    expect(store.getState().session).toBe(session.info);
  });

  it('keeps a figure in the room however far it is nudged', () => {
    const { store, ids } = opened();
    for (let step = 0; step < 100; step += 1) store.getState().nudgeFigure(at(ids, 0), -0.5, 0.5);
    expect(store.getState().room.figures[at(ids, 0)]?.pose).toMatchObject({ x: -3, z: 3 });
  });
});

describe('addFigure', () => {
  it('adds a figure at the end, selects it and returns its id from the injected ids', () => {
    const { store, ids } = opened();
    const id = store.getState().addFigure('person', 'child', '  Bestemor ')!;
    expect(id).toBe('added-1');
    const state = store.getState();
    expect(state.selectedFigureId).toBe(id);
    expect(state.room.order).toEqual([...ids, id]);
    expect(state.room.figures[id]).toMatchObject({ id, kind: 'person', size: 'child', label: 'Bestemor', pose: { facing: 0, posture: 'standing' } });
  });

  it('stands each added figure apart from everyone else', () => {
    const { store } = opened();
    for (let index = 0; index < 5; index += 1) store.getState().addFigure('free', 'adult', `Fri ${index}`);
    const figures = figuresInOrder(store.getState().room);
    expect(figures).toHaveLength(11);
    figures.forEach((a, i) =>
      figures.slice(i + 1).forEach((b) => {
        expect(Math.hypot(a.pose.x - b.pose.x, a.pose.z - b.pose.z)).toBeGreaterThanOrEqual(0.5);
      }),
    );
  });

  it('uses the kind as label when the label is blank', () => {
    const { store } = opened();
    const id = store.getState().addFigure('free', 'adult', '   ')!;
    expect(store.getState().room.figures[id]?.label).toBe('free');
  });
});

describe('resizeFigure and setDeceased', () => {
  it('change a person to a baby and mark it deceased, each one undo step', () => {
    const { store } = opened();
    const id = store.getState().addFigure('person', 'adult', 'Bror')!;
    store.getState().resizeFigure(id, 'baby');
    store.getState().setDeceased(id, true);
    expect(store.getState().room.figures[id]).toMatchObject({ size: 'baby', deceased: true });
    store.temporal.getState().undo();
    expect(store.getState().room.figures[id]).toMatchObject({ size: 'baby' });
    expect(store.getState().room.figures[id]?.deceased).toBeUndefined();
    store.temporal.getState().undo();
    expect(store.getState().room.figures[id]?.size).toBe('adult');
    store.temporal.getState().redo();
    store.temporal.getState().redo();
    expect(store.getState().room.figures[id]).toMatchObject({ size: 'baby', deceased: true });
  });

  it('leave no undo step when nothing changes, and change nothing in a finished session', () => {
    const { store, ids } = opened();
    const steps = () => store.temporal.getState().pastStates.length;
    store.getState().setDeceased(at(ids, 0), false);
    store.getState().resizeFigure(at(ids, 2), 'baby');
    expect(steps()).toBe(0);
    store.getState().finishSession();
    store.getState().setDeceased(at(ids, 0), true);
    expect(store.getState().room.figures[at(ids, 0)]?.deceased).toBeUndefined();
  });
});

describe('a baby marked deceased and a covert session, in a file', () => {
  it('come back from an exported file as they were, and replay shows when they changed', () => {
    const { store } = opened();
    const id = store.getState().addFigure('person', 'adult', 'Bror')!;
    store.getState().resizeFigure(id, 'baby');
    store.getState().setDeceased(id, true);
    store.getState().setCovert(true);
    const { session, room, recording } = store.getState();
    const text = sessionFileText({ info: session!, room, recording: recording! }, epochMillis(3000));
    const read = readSessionFile(text);
    if (!read.ok || read.kind !== 'session') throw new Error('the file was not read');
    expect(read.session.room.figures[id]).toMatchObject({ size: 'baby', deceased: true });
    expect(read.session.info.covert).toBe(true);
    expect(read.session.info.covertOrder).toEqual(session?.covertOrder);

    const events = read.session.recording.events.filter((event) => event.type === 'figureChanged' && event.figureId === id);
    expect(events.map((event) => event.type === 'figureChanged' && [event.appearance.size, event.appearance.deceased ?? false])).toEqual([
      ['baby', false],
      ['baby', true],
    ]);
    const replayed = stateAt(indexRecording(read.session.recording), recordingEnd(read.session.recording));
    expect(replayed.room.figures[id]).toMatchObject({ size: 'baby', deceased: true });
  });
});

describe('covert mode', () => {
  it('is kept in the session, so opening it again shows it covertly, and is not an undo step', () => {
    const { store } = opened();
    store.getState().setCovert(true);
    expect(store.getState().session?.covert).toBe(true);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    const kept = store.getState().session!;

    store.getState().openSession(newSession('b'));
    expect(store.getState().covert).toBe(false);
    store.getState().openSession({ ...newSession('a'), info: kept });
    expect(store.getState().covert).toBe(true);
    store.getState().setCovert(false);
    expect(store.getState().session?.covert).toBe(false);
  });

  it('without a session changes only the view', () => {
    const store = makeStore();
    store.getState().setCovert(true);
    expect(store.getState().covert).toBe(true);
    expect(store.getState().session).toBeNull();
  });
});

describe('removeFigure', () => {
  it('removes the figure and keeps the order of the rest', () => {
    const { store, ids } = opened();
    store.getState().removeFigure(at(ids, 2));
    expect(store.getState().room.order).toEqual(ids.filter((_, index) => index !== 2));
    expect(store.getState().room.figures[at(ids, 2)]).toBeUndefined();
  });

  it('clears the selection when the selected figure goes', () => {
    const { store, ids } = opened();
    store.getState().select(at(ids, 1));
    store.getState().removeFigure(at(ids, 1));
    expect(store.getState().selectedFigureId).toBeNull();
  });

  it('keeps the selection when another figure goes', () => {
    const { store, ids } = opened();
    store.getState().select(at(ids, 1));
    store.getState().removeFigure(at(ids, 2));
    expect(store.getState().selectedFigureId).toBe(at(ids, 1));
  });

  it('returns to the room view when the figure seen through goes', () => {
    const { store, ids } = opened();
    store.getState().select(at(ids, 1));
    store.getState().setViewMode('figure');
    expect(store.getState().viewpointFigureId).toBe(at(ids, 1));
    store.getState().removeFigure(at(ids, 1));
    expect(store.getState().viewMode).toBe('room');
    expect(store.getState().viewpointFigureId).toBeNull();
  });

  it('keeps the figure view when another figure goes', () => {
    const { store, ids } = opened();
    store.getState().select(at(ids, 1));
    store.getState().setViewMode('figure');
    store.getState().select(at(ids, 3));
    store.getState().removeFigure(at(ids, 3));
    expect(store.getState().viewMode).toBe('figure');
    expect(store.getState().viewpointFigureId).toBe(at(ids, 1));
    expect(store.getState().selectedFigureId).toBeNull();
  });
});

describe('selectors', () => {
  it('show the drag pose while a figure is dragged, and the room pose otherwise', () => {
    const { store, session, ids } = opened();
    const id = at(ids, 0);
    const other = at(ids, 1);
    expect(shownPose(store.getState(), id)).toBe(session.room.figures[id]?.pose);
    store.getState().previewDrag(id, { x: 2, z: -2, facing: 45 });
    expect(selectShownPose(id)(store.getState())).toEqual({ x: 2, z: -2, facing: 45, posture: 'standing' });
    expect(selectShownPose(other)(store.getState())).toBe(session.room.figures[other]?.pose);
    expect(shownPose(store.getState(), 'nobody' as FigureId)).toBeUndefined();
    store.getState().endDrag(false);
    expect(shownPose(store.getState(), id)).toBe(session.room.figures[id]?.pose);
  });

  it('select a figure and the order', () => {
    const { store, session, ids } = opened();
    expect(selectFigure(at(ids, 2))(store.getState())).toBe(session.room.figures[at(ids, 2)]);
    expect(selectOrder(store.getState())).toBe(session.room.order);
  });
});
