import type { ResonansStore } from '../store/createStore';
import type { GuestRoom, HostRoom } from './remoteRoom';

export { parseInviteFragment } from '../domain/sync/invite';

export interface OpenHostRoomOptions {
  readonly store: ResonansStore;
  readonly relayUrl: string;
  readonly hostName: string;
  readonly appUrl: string;
}

export interface JoinGuestRoomOptions {
  readonly link: string;
  readonly relayUrl: string;
  readonly guestName: string;
}

/** Opens a live room on the relay for the session open in `store`; the therapist's browser keeps the only copy. */
export async function openHostRoom(_options: OpenHostRoomOptions): Promise<HostRoom> {
  throw new Error('The live remote room is not built yet (issue 10, SYNC).');
}

/** Joins the room an invite link names, as a guest whose store is memory only. */
export async function joinGuestRoom(_options: JoinGuestRoomOptions): Promise<GuestRoom> {
  throw new Error('The live remote room is not built yet (issue 10, SYNC).');
}
