import type { StateCreator } from 'zustand';
import type { ResonansState, SaveSlice } from './storeTypes';

type Mutators = [['temporal', unknown]];

/** Notes and statements being typed, not yet recorded: notes by phase, statements by figure id. */
export interface Drafts {
  readonly notes: Readonly<Record<string, string>>;
  readonly statements: Readonly<Record<string, string>>;
}

export const NO_DRAFTS: Drafts = { notes: {}, statements: {} };

/** Something about keeping the session that the therapist should hear once, calmly. */
export type KeepingNotice =
  /** Changes from the last moments before the tab closed were brought back. */
  | { readonly kind: 'restored' }
  /** The last moments could not be joined to what was stored, and were left out. */
  | { readonly kind: 'unjoinable' }
  /** The stored recording had lost events; the unbroken start of it was kept. */
  | { readonly kind: 'damaged'; readonly keptEvents: number; readonly expectedEvents: number }
  /** The tab that was editing closed, and this one took over. */
  | { readonly kind: 'tookOver' };

/** What keeps a session safe besides the save status: drafts being typed and notices. */
export interface KeepingSlice {
  drafts: Drafts;
  /** Keeps what is being typed in a note or statement; null when it has been recorded. */
  setDraft: (kind: keyof Drafts, key: string, text: string | null) => void;
  /** Forgets drafts and notices: a session was opened or closed. */
  resetKeeping: () => void;
  keepingNotices: readonly KeepingNotice[];
  showKeepingNotice: (notice: KeepingNotice) => void;
  dismissKeepingNotice: (kind: KeepingNotice['kind']) => void;
}

export const createSaveSlice: StateCreator<ResonansState, Mutators, [], SaveSlice> = (set, get) => ({
  saveStatus: 'idle',
  saveError: null,
  storageLost: false,
  setSaveStatus: (saveStatus, saveError = null) => {
    if (get().saveStatus !== saveStatus || get().saveError !== saveError) set({ saveStatus, saveError });
  },
  setStorageLost: () => set({ storageLost: true }),
  drafts: NO_DRAFTS,
  setDraft: (kind, key, text) => {
    const current = get().drafts[kind];
    if ((current[key] ?? null) === text) return;
    const { [key]: _old, ...others } = current;
    set({ drafts: { ...get().drafts, [kind]: text === null ? others : { ...others, [key]: text } } });
  },
  resetKeeping: () => set({ drafts: NO_DRAFTS, keepingNotices: [] }),
  keepingNotices: [],
  showKeepingNotice: (notice) => set({ keepingNotices: [...get().keepingNotices.filter((shown) => shown.kind !== notice.kind), notice] }),
  dismissKeepingNotice: (kind) => set({ keepingNotices: get().keepingNotices.filter((shown) => shown.kind !== kind) }),
});
