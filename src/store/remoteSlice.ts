import type { StateCreator } from 'zustand';
import type { FigureId } from '../domain/model/ids';
import type { Permission } from '../domain/sync/messages';
import { guestMayMove } from '../domain/sync/proposals';
import type { ResonansState } from './storeTypes';

type Mutators = [['temporal', unknown]];

/**
 * The live remote room as the room screen needs it: whether this browser hosts a room or is a
 * guest in one, who may move what, and which figure the other side is moving now. The sync
 * binding (src/sync/) keeps it; gestures and keyboard moves ask `mayMoveFigure` before moving.
 * Nothing of it is saved: a room lasts as long as the page that opened it.
 */
export interface RemoteState {
  readonly role: 'host' | 'guest' | null;
  readonly permission: Permission;
  readonly handedOver: readonly FigureId[];
  /** Figures the other browser is moving now (by figure id), and whose hand they are in. */
  readonly movingBy: Readonly<Record<string, 'host' | 'guest'>>;
  /** Phases whose note the therapist shows the client. */
  readonly shownNotes: readonly number[];
  /** The client's pseudonym is shown in the client's browser too. */
  readonly showPseudonym: boolean;
}

export interface RemoteSlice {
  remote: RemoteState;
  setRemote: (change: Partial<RemoteState>) => void;
  resetRemote: () => void;
  /** The therapist shows a phase's note to the client, or takes it back. */
  showNoteToGuest: (phase: number, shown: boolean) => void;
  showPseudonymToGuest: (shown: boolean) => void;
}

export const NO_REMOTE: RemoteState = { role: null, permission: 'everything', handedOver: [], movingBy: {}, shownNotes: [], showPseudonym: false };

export const createRemoteSlice: StateCreator<ResonansState, Mutators, [], RemoteSlice> = (set, get) => ({
  remote: NO_REMOTE,
  setRemote: (change) => set({ remote: { ...get().remote, ...change } }),
  resetRemote: () => set({ remote: NO_REMOTE }),
  showNoteToGuest: (phase, shown) => {
    const notes = get().remote.shownNotes.filter((other) => other !== phase);
    set({ remote: { ...get().remote, shownNotes: shown ? [...notes, phase].sort((a, b) => a - b) : notes } });
  },
  showPseudonymToGuest: (showPseudonym) => set({ remote: { ...get().remote, showPseudonym } }),
});

/**
 * May this browser move the figure now? Outside a live room, always. The therapist may move any
 * figure but one the client is moving; the client only what the therapist allows, and not one
 * the therapist is moving.
 */
export function mayMoveFigure(state: Pick<ResonansState, 'remote'>, figureId: FigureId): boolean {
  const { role, movingBy } = state.remote;
  if (role === null) return true;
  if (role === 'host') return movingBy[figureId] !== 'guest';
  return guestMayMove(state.remote, figureId) && movingBy[figureId] !== 'host';
}
