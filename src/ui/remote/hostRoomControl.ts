import type { HostRoom } from '../../sync/remoteRoom';

/** Where opening the live room stands, as the invite dialog shows it. */
export type HostRoomOpening = { readonly kind: 'closed' } | { readonly kind: 'opening' } | { readonly kind: 'failed'; readonly reason: string };

/**
 * The therapist's hold on the live room of the open session: opened only when the therapist
 * asks for it (remote work is opt-in per session), ended with the session.
 */
export interface HostRoomControl {
  /** The open room, or null while none is open. */
  readonly room: HostRoom | null;
  readonly opening: HostRoomOpening;
  /** True while the invite dialog is shown. */
  readonly inviteShown: boolean;
  /** True once a room this session opened has been ended, until another is opened. */
  readonly ended: boolean;
  showInvite(): void;
  hideInvite(): void;
  /** Opens the room on the relay; the name is what the client sees on the waiting page. */
  open(hostName: string): Promise<void>;
  end(): Promise<void>;
}
