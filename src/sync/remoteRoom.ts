import type { FigureId } from '../domain/model/ids';
import type { Session } from '../domain/model/session';
import type { ResonansStore } from '../store/createStore';

/**
 * The door between the live remote room's machinery (src/sync, src/domain/sync) and the screens
 * that use it (src/ui/remote, src/app). The therapist's browser hosts the room and keeps the only
 * copy of the session; the client's browser is a guest that shows the same room and sends its
 * moves to the host. Everything between them is sealed end to end; the relay only forwards.
 */

/** Who may move what, as the therapist decides. */
export type RemotePermission = 'everything' | 'handedOver' | 'watch';

/** How the link to the relay stands, on either side. */
export type RemoteConnection = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** A guest who opened the invite and waits to be let in. */
export interface WaitingGuest {
  readonly guestId: string;
  /** The name the guest gave, or '' when they gave none. */
  readonly name: string;
}

export interface HostRoomStatus {
  readonly connection: RemoteConnection;
  readonly waiting: readonly WaitingGuest[];
  /** The guest in the room now (at most one), or null. */
  readonly admitted: WaitingGuest | null;
  /** The admitted guest's link dropped; they come back by themselves without a new link. */
  readonly guestAway: boolean;
  readonly permission: RemotePermission;
  /** Figures handed over to the guest while the permission is 'handedOver'. */
  readonly handedOver: readonly FigureId[];
  /** The figure the guest is moving now, shown as such on the therapist's screen. */
  readonly movingByGuest: FigureId | null;
  /** Frames refused so far (changed on the way, replayed, or not this protocol); absent means none. */
  readonly refusedMessages?: number;
}

export interface HostRoom {
  /** The link to send the client: the room key is in its fragment and never reaches a server. */
  readonly inviteLink: string;
  status(): HostRoomStatus;
  subscribe(listener: () => void): () => void;
  admit(guestId: string): void;
  refuse(guestId: string): void;
  setPermission(permission: RemotePermission): void;
  handOver(figureId: FigureId, handedOver: boolean): void;
  /** Takes the room back at once: the guest may only watch until given leave again. */
  takeBack(): void;
  /** Closes the room for the guest at once and forgets the key. */
  end(): Promise<void>;
  /**
   * Supervision at a distance: the guest is shown this supervision copy (domain/format/supervisionCopy.ts)
   * in replay, at the playhead of the replay open in the therapist's store, instead of the live room.
   * Call it before admitting a supervisor, so they never see the live room. False when the copy is too long to send.
   */
  presentReplay?(copy: Session): boolean;
  /**
   * Ends the presented replay: the guest sees the live room again, unless the therapist's store is
   * in replay itself (then no live view goes out). A room opened for a supervisor ends instead.
   */
  stopReplay?(): void;
}

export interface GuestRoomStatus {
  readonly connection: RemoteConnection;
  /** waiting: knocked, not yet let in; admitted: in the room; refused or ended: the room is closed to them. */
  readonly stage: 'waiting' | 'admitted' | 'refused' | 'ended';
  /** The name the therapist gave when inviting, shown on the waiting page. */
  readonly hostName: string;
  readonly permission: RemotePermission;
  readonly handedOver: readonly FigureId[];
  /** The figure the therapist is moving now, shown as such on the guest's screen. */
  readonly movingByHost: FigureId | null;
  /**
   * The therapist presents a replay of a supervision copy; the guest's store shows it in replay.
   * It stays true when the room ends during a presentation, so the page can say the presentation has ended.
   */
  readonly replaying?: boolean;
  /** Frames refused so far (changed on the way, replayed, or not this protocol); absent means none. */
  readonly refusedMessages?: number;
}

export interface GuestRoom {
  /** The guest's own store: memory only, nothing kept once the tab closes. */
  readonly store: ResonansStore;
  status(): GuestRoomStatus;
  subscribe(listener: () => void): () => void;
  leave(): Promise<void>;
}
