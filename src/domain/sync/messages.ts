import type { FigureId } from '../model/ids';
import type { Posture } from '../model/pose';
import type { GuestView } from './guestView';

/**
 * The live room's messages. Every message travels sealed (src/sync/sealing.ts) inside an
 * envelope that names its sender and numbers it, so a receiver can refuse a replayed or
 * reordered one (sequence.ts). The relay forwards each to everyone else in the room, so a
 * message meant for one guest names that guest in `to`.
 */

/** Who may move what, as the therapist decides (the same words as src/sync/remoteRoom.ts). */
export const REMOTE_PERMISSIONS = ['everything', 'handedOver', 'watch'] as const;
export type Permission = (typeof REMOTE_PERMISSIONS)[number];

/** A point and facing on the floor, as a drag or a placement sends it. */
export interface FloorPose {
  readonly x: number;
  readonly z: number;
  readonly facing: number;
}

/** A change the guest asks the host to make; the host decides (proposals.ts) and its room is the truth. */
export type Proposal =
  /** A drag in progress: shown live, not yet a step. */
  | { readonly type: 'drag'; readonly figureId: FigureId; readonly pose: FloorPose }
  /** The drag ends where it is (pose), or is dropped (null) and the figure goes back. */
  | { readonly type: 'drop'; readonly figureId: FigureId; readonly pose: FloorPose | null }
  /** A move in one step, as the arrow keys make. */
  | { readonly type: 'place'; readonly figureId: FigureId; readonly pose: FloorPose }
  | { readonly type: 'turn'; readonly figureId: FigureId; readonly facing: number }
  | { readonly type: 'posture'; readonly figureId: FigureId; readonly posture: Posture };

export type ProposalType = Proposal['type'];

/** From the therapist's browser. */
export type HostBody =
  /**
   * Answers a knock: who invited (the therapist's name sealed for this guest, `sealWords`, so that
   * no one else holding the link reads it or answers in another name), and that the guest waits.
   */
  | { readonly kind: 'waiting'; readonly to: string; readonly sealedHostName: string }
  /**
   * Lets the guest in. On first admission it carries the room key, sealed for this guest alone
   * (src/sync/admission.ts): from then on the room runs under that key, not the link's.
   */
  | { readonly kind: 'admit'; readonly to: string; readonly roomKey?: { readonly hostKey: string; readonly sealed: string } }
  /**
   * Not let in, or let go. To a guest still waiting (who has no room key yet) it carries `proof`:
   * "refuse:" and the guest's id, sealed between the host's and the guest's admission halves
   * (`sealWords` in src/sync/admission.ts), so that no one else holding the link can send it.
   */
  | { readonly kind: 'refuse'; readonly to: string; readonly proof?: string }
  /** What the guest may see, whole: sent on admission and after every change. */
  | { readonly kind: 'view'; readonly to: string; readonly view: GuestView }
  /** The therapist's drag in progress (the "moving now" mark), or its end (null). */
  | { readonly kind: 'moving'; readonly to: string; readonly figureId: FigureId | null; readonly pose: FloorPose | null }
  /** A proposal the host refused; the guest's next view puts the figure back. */
  | { readonly kind: 'refused'; readonly to: string; readonly proposal: ProposalType; readonly reason: ProposalRefusal }
  /**
   * Supervision at a distance: one part of a supervision copy's file text (the copy is too large
   * for one frame), sent in order; the guest replays it once every part has come.
   */
  | { readonly kind: 'replayPart'; readonly to: string; readonly id: string; readonly index: number; readonly count: number; readonly text: string }
  /** Where the therapist's replay stands: the guest's replay follows. */
  | { readonly kind: 'playhead'; readonly to: string; readonly id: string; readonly t: number; readonly playing: boolean; readonly speed: number }
  /** The replay is over: back to the live room. */
  | { readonly kind: 'replayEnd'; readonly to: string }
  /**
   * The room is closed: the guest's page closes at once. To the guest in the room under the room
   * key; to each guest still waiting addressed (`to`) with its `proof` ("end:" and its id), as
   * for `refuse`.
   */
  | { readonly kind: 'end'; readonly to?: string; readonly proof?: string }
  | { readonly kind: 'heartbeat' };

/** From the client's browser. */
export type GuestBody =
  /**
   * Asks to come in, and again after every reconnection: the same guest is let back in without a
   * new link. `admissionKey` is the public half the room key is sealed for on admission; the
   * guest's name is sealed for the host (`sealWords`), so that only the therapist reads who knocks.
   */
  | { readonly kind: 'knock'; readonly sealedName: string; readonly admissionKey: string }
  | { readonly kind: 'propose'; readonly proposal: Proposal }
  | { readonly kind: 'leave' }
  | { readonly kind: 'heartbeat' };

export type Body = HostBody | GuestBody;

/** Why the host refused a guest's proposal. */
export type ProposalRefusal = 'not-admitted' | 'no-figure' | 'not-permitted' | 'moved-by-host' | 'frozen';

/** What is sealed: the sender, its running number, and the message. */
export interface Envelope<B extends Body = Body> {
  /** Counts from 1 upward for as long as the sender's room is open, across reconnections. */
  readonly seq: number;
  /** The sender's id: random per room, never a name. */
  readonly from: string;
  readonly body: B;
}

export const MAX_GUEST_NAME_LENGTH = 60;
export const MAX_HOST_NAME_LENGTH = 60;

/** Host bodies that name one guest. */
export const isForGuest = (body: HostBody, guestId: string): boolean => !('to' in body) || body.to === guestId;

/** A replay's parts: small enough that each, sealed, stays far below the relay's 256 KiB frame limit. */
export const REPLAY_PART_CHARS = 60_000;
/** At most this many parts (about 24 MB of text): a longer replay is refused rather than sent for minutes. */
export const MAX_REPLAY_PARTS = 400;
