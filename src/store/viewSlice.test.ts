import { describe, expect, it } from 'vitest';
import { type FigureId, counterIds } from '../domain/model/ids';
import { createSession } from '../domain/model/session';
import { epochMillis } from '../domain/model/units';
import { type ResonansStore, createResonansStore } from './createStore';

function opened(): { store: ResonansStore; ids: FigureId[] } {
  const store = createResonansStore({ ids: counterIds('added'), now: () => epochMillis(2000) });
  const session = createSession(
    { clientPseudonym: 'K', intention: 'Jeg vil tåle nærhet', template: 'iopt', elements: ['Jeg', 'vil', 'tåle', 'nærhet'] },
    { client: 'Meg', intention: 'Intensjon' },
    { ids: counterIds('s'), now: () => epochMillis(1000) },
  );
  store.getState().openSession(session);
  return { store, ids: [...session.room.order] };
}

function at(ids: FigureId[], index: number): FigureId {
  const id = ids[index];
  if (!id) throw new Error(`no figure ${index}`);
  return id;
}

describe('select', () => {
  it('selects and clears the selection', () => {
    const { store, ids } = opened();
    store.getState().select(at(ids, 2));
    expect(store.getState().selectedFigureId).toBe(at(ids, 2));
    store.getState().select(null);
    expect(store.getState().selectedFigureId).toBeNull();
  });
});

describe('setViewMode', () => {
  it("does not switch to 'figure' without a selection", () => {
    const { store } = opened();
    store.getState().setViewMode('figure');
    expect(store.getState().viewMode).toBe('room');
    expect(store.getState().viewpointFigureId).toBeNull();
  });

  it("does not switch to 'figure' when the selected figure is not in the room", () => {
    const { store } = opened();
    store.getState().select('nobody' as FigureId);
    store.getState().setViewMode('figure');
    expect(store.getState().viewMode).toBe('room');
  });

  it("keeps the current view when 'figure' is refused", () => {
    const { store } = opened();
    store.getState().setViewMode('top');
    store.getState().setViewMode('figure');
    expect(store.getState().viewMode).toBe('top');
  });

  it("switches to 'figure' through the eyes of the selected figure", () => {
    const { store, ids } = opened();
    store.getState().select(at(ids, 0));
    store.getState().setViewMode('figure');
    expect(store.getState().viewMode).toBe('figure');
    expect(store.getState().viewpointFigureId).toBe(at(ids, 0));
  });

  it('keeps seeing through the same figure when the selection changes', () => {
    const { store, ids } = opened();
    store.getState().select(at(ids, 0));
    store.getState().setViewMode('figure');
    store.getState().select(at(ids, 3));
    expect(store.getState().viewpointFigureId).toBe(at(ids, 0));
  });

  it('forgets the viewpoint on the room and top views', () => {
    const { store, ids } = opened();
    store.getState().select(at(ids, 0));
    store.getState().setViewMode('figure');
    store.getState().setViewMode('top');
    expect(store.getState().viewMode).toBe('top');
    expect(store.getState().viewpointFigureId).toBeNull();
    store.getState().setViewMode('room');
    expect(store.getState().viewMode).toBe('room');
  });
});

describe('resetView', () => {
  it('goes back to the 3D view from any view and tells the camera to start again', () => {
    const { store, ids } = opened();
    store.getState().select(at(ids, 0));
    store.getState().setViewMode('figure');
    store.getState().resetView();
    expect(store.getState()).toMatchObject({ viewMode: 'room', viewpointFigureId: null, viewResets: 1 });
    store.getState().resetView();
    expect(store.getState().viewResets).toBe(2);
  });

  it('is not an undo step and keeps the selection', () => {
    const { store, ids } = opened();
    store.getState().select(at(ids, 2));
    store.getState().resetView();
    expect(store.getState().selectedFigureId).toBe(at(ids, 2));
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});

describe('previewDrag', () => {
  it('keeps the live pose inside the room with the figure posture and a normalised facing', () => {
    const { store, ids } = opened();
    const id = at(ids, 1);
    store.getState().placeFigure(id, { x: 0, z: 0, facing: 0, posture: 'sitting' });
    const room = store.getState().room;
    store.getState().previewDrag(id, { x: 8, z: -8, facing: -10 });
    expect(store.getState().drag).toEqual({ figureId: id, pose: { x: 3, z: -3, facing: 350, posture: 'sitting' } });
    expect(store.getState().room).toBe(room);
  });

  it('ignores an unknown figure', () => {
    const { store } = opened();
    store.getState().previewDrag('nobody' as FigureId, { x: 1, z: 1, facing: 0 });
    expect(store.getState().drag).toBeNull();
  });

  it('commits the posture the figure had, not a new one', () => {
    const { store, ids } = opened();
    const id = at(ids, 1);
    store.getState().placeFigure(id, { x: 0, z: 0, facing: 0, posture: 'lying' });
    store.getState().previewDrag(id, { x: 1, z: 1, facing: 30 });
    store.getState().endDrag(true);
    expect(store.getState().room.figures[id]?.pose).toEqual({ x: 1, z: 1, facing: 30, posture: 'lying' });
  });

  it('a new drag of another figure replaces the preview', () => {
    const { store, ids } = opened();
    store.getState().previewDrag(at(ids, 0), { x: 1, z: 1, facing: 0 });
    store.getState().previewDrag(at(ids, 1), { x: -1, z: -1, facing: 0 });
    expect(store.getState().drag?.figureId).toBe(at(ids, 1));
    store.getState().endDrag(true);
    expect(store.getState().room.figures[at(ids, 1)]?.pose).toMatchObject({ x: -1, z: -1 });
    expect(store.getState().room.figures[at(ids, 0)]?.pose.x).not.toBe(1);
  });
});

describe('setSaveStatus', () => {
  it('sets the status and the error, and clears the error by default', () => {
    const { store } = opened();
    store.getState().setSaveStatus('failed', 'Disk full');
    expect(store.getState()).toMatchObject({ saveStatus: 'failed', saveError: 'Disk full' });
    store.getState().setSaveStatus('saved');
    expect(store.getState()).toMatchObject({ saveStatus: 'saved', saveError: null });
  });
});
