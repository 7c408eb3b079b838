import type { StateCreator } from 'zustand';
import { placeFigure } from '../domain/model/figureEdits';
import { createPose } from '../domain/model/pose';
import { isFrozen } from './selectors';
import type { ResonansState, ViewSlice } from './storeTypes';

type Mutators = [['temporal', unknown]];

export const createViewSlice: StateCreator<ResonansState, Mutators, [], ViewSlice> = (set, get) => ({
  selectedFigureId: null,
  viewMode: 'room',
  viewpointFigureId: null,
  drag: null,
  viewResets: 0,
  select: (id) => set({ selectedFigureId: id }),
  presenting: false,
  covert: false,
  setPresenting: (presenting) => set({ presenting }),
  setCovert: (covert) => {
    // Kept in the session too (autosave writes it), so a reload does not reveal the words.
    const session = get().session;
    set(session && (session.covert ?? false) !== covert ? { covert, session: { ...session, covert } } : { covert });
  },
  setViewMode: (mode) => {
    if (mode === 'figure') {
      const id = get().selectedFigureId;
      if (id && get().room.figures[id]) set({ viewMode: 'figure', viewpointFigureId: id });
      return;
    }
    set({ viewMode: mode, viewpointFigureId: null });
  },
  resetView: () => set((state) => ({ viewMode: 'room', viewpointFigureId: null, viewResets: state.viewResets + 1 })),
  board: 'room',
  setBoard: (board) => set({ board }),
  room3dUnavailable: null,
  setRoom3dUnavailable: (room3dUnavailable) => set({ room3dUnavailable }),
  previewDrag: (id, pose) => {
    const figure = get().room.figures[id];
    if (!figure || isFrozen(get())) return;
    set({ drag: { figureId: id, pose: createPose(pose.x, pose.z, pose.facing, figure.pose.posture) } });
  },
  endDrag: (commit) => {
    const drag = get().drag;
    if (!drag) return;
    // One set: the room takes the final pose and the preview goes, so the whole drag is one undo step.
    const room = commit ? placeFigure(get().room, drag.figureId, drag.pose) : get().room;
    set({ room, drag: null });
  },
});
