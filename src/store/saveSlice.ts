import type { StateCreator } from 'zustand';
import type { ResonansState, SaveSlice } from './storeTypes';

type Mutators = [['temporal', unknown]];

export const createSaveSlice: StateCreator<ResonansState, Mutators, [], SaveSlice> = (set) => ({
  saveStatus: 'idle',
  saveError: null,
  storageLost: false,
  setSaveStatus: (saveStatus, saveError = null) => set({ saveStatus, saveError }),
  setStorageLost: () => set({ storageLost: true }),
});
