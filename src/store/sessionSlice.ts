import type { TemporalState } from 'zundo';
import type { StateCreator, StoreApi } from 'zustand';
import * as edits from '../domain/model/figureEdits';
import { EMPTY_ROOM, type RoomState } from '../domain/model/roomState';
import { createAddedFigure } from '../domain/model/session';
import { NEW_PROGRESS, progressOf } from '../domain/recording/progress';
import { isFinished, recordingEnd } from '../domain/recording/recording';
import { startClock } from '../domain/recording/sessionClock';
import { isFrozen } from './selectors';
import type { ResonansState, SessionSlice, StoreDependencies } from './storeTypes';

type Mutators = [['temporal', unknown]];

export const createSessionSlice =
  (deps: StoreDependencies): StateCreator<ResonansState, Mutators, [], SessionSlice> =>
  (set, get, api) => {
    const history = () => (api as unknown as { temporal: StoreApi<TemporalState<unknown>> }).temporal.getState();
    /** Showing another session is not an undo step, and undo never reaches into another client's room. */
    const replaceRoom = (change: Partial<ResonansState>) => {
      const temporal = history();
      temporal.pause();
      set({ ...change, selectedFigureId: null, drag: null, viewMode: 'room', viewpointFigureId: null });
      temporal.clear();
      temporal.resume();
    };
    /** Applies a pure edit to the room; an edit that changes nothing leaves no undo step. */
    const edit = (apply: (room: RoomState) => RoomState) => {
      // A finished session, or one being replayed, is kept as it was.
      if (isFrozen(get())) return;
      const room = get().room;
      const next = apply(room);
      if (next !== room) set({ room: next });
    };
    return {
      session: null,
      room: EMPTY_ROOM,
      readOnly: false,
      openSession: (session, options) => {
        // The store appends to its own copy: the session handed in is never changed.
        const recording = { initialRoom: session.recording.initialRoom, events: [...session.recording.events] };
        replaceRoom({
          readOnly: options?.readOnly ?? false,
          session: session.info,
          covert: session.info.covert ?? false,
          room: session.room,
          recording,
          recordedCount: session.recording.events.length,
          // Read from the store's copy, so the index it builds is the one a replay opened next reuses.
          progress: progressOf(recording),
          // The clock picks up where the recording ended; a finished session is not recording.
          clock: isFinished(session.recording)
            ? { baseT: recordingEnd(session.recording), runningSince: null }
            : startClock(recordingEnd(session.recording), deps.now()),
        });
      },
      closeSession: () =>
        replaceRoom({ readOnly: false, session: null, room: EMPTY_ROOM, recording: null, recordedCount: 0, clock: null, progress: NEW_PROGRESS }),
      placeFigure: (id, pose) => edit((room) => edits.placeFigure(room, id, pose)),
      nudgeFigure: (id, dx, dz) => edit((room) => edits.nudgeFigure(room, id, dx, dz)),
      turnFigureBy: (id, delta) => edit((room) => edits.turnFigureBy(room, id, delta)),
      turnFigureTo: (id, facing) => edit((room) => edits.turnFigureTo(room, id, facing)),
      addFigure: (kind, size, label) => {
        if (isFrozen(get())) return null;
        const figure = createAddedFigure(get().room, deps.ids, kind, size, label);
        edit((room) => edits.addFigure(room, figure));
        set({ selectedFigureId: figure.id });
        return figure.id;
      },
      removeFigure: (id) => {
        edit((room) => edits.removeFigure(room, id));
        const { selectedFigureId, viewpointFigureId } = get();
        if (selectedFigureId === id) set({ selectedFigureId: null });
        if (viewpointFigureId === id) set({ viewMode: 'room', viewpointFigureId: null });
      },
      renameFigure: (id, label) => edit((room) => edits.renameFigure(room, id, label)),
      recolourFigure: (id, colour) => edit((room) => edits.recolourFigure(room, id, colour)),
      setPosture: (id, posture) => edit((room) => edits.setPosture(room, id, posture)),
      resizeFigure: (id, size) => edit((room) => edits.resizeFigure(room, id, size)),
      setDeceased: (id, deceased) => edit((room) => edits.setDeceased(room, id, deceased)),
    };
  };
