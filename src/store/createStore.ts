import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import type { RoomState } from '../domain/model/roomState';
import { attachRecorder } from './recorder';
import { createRecordingSlice } from './recordingSlice';
import { createReplaySlice } from './replaySlice';
import { createRemoteSlice } from './remoteSlice';
import { createSaveSlice } from './saveSlice';
import { createSessionSlice } from './sessionSlice';
import type { ResonansState, StoreDependencies } from './storeTypes';
import { createViewSlice } from './viewSlice';

/** Undo tracks the room only: selection, view and save status are not steps. */
interface Tracked {
  room: RoomState;
}

const UNDO_LIMIT = 500;

export function createResonansStore(deps: StoreDependencies) {
  const store = createStore<ResonansState>()(
    temporal(
      (...args) => ({
        ...createSessionSlice(deps)(...args),
        ...createViewSlice(...args),
        ...createSaveSlice(...args),
        ...createRecordingSlice(deps)(...args),
        ...createReplaySlice(...args),
        ...createRemoteSlice(...args),
      }),
      {
        partialize: (state): Tracked => ({ room: state.room }),
        equality: (past, current) => past.room === current.room,
        limit: UNDO_LIMIT,
      },
    ),
  );
  attachRecorder(store);
  return store;
}

export type ResonansStore = ReturnType<typeof createResonansStore>;
