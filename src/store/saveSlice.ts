import type { StateCreator } from 'zustand';
import type { ResonansState, SaveSlice } from './storeTypes';

type Mutators = [['temporal', unknown]];

export const createSaveSlice: StateCreator<ResonansState, Mutators, [], SaveSlice> = (set) => ({
  saveStatus: 'idle',
  saveError: null,
  setSaveStatus: (saveStatus, saveError = null) => set({ saveStatus, saveError }),
});
