import { placeFigure, setPosture, turnFigureTo } from '../model/figureEdits';
import type { FigureId } from '../model/ids';
import type { RoomState } from '../model/roomState';
import type { Permission, Proposal, ProposalRefusal } from './messages';

/**
 * What the therapist's browser does with a change the client's browser proposes. The host's room
 * is the truth: a proposal for a figure the guest may not move, or one the therapist is moving
 * right now, changes nothing.
 */

export interface GuestRules {
  readonly permission: Permission;
  readonly handedOver: readonly FigureId[];
  /** The figure the therapist is dragging now, which the guest may not take out of their hand. */
  readonly movingByHost: FigureId | null;
}

/** May the guest move this figure at all, by the therapist's choice? */
export function guestMayMove(rules: Pick<GuestRules, 'permission' | 'handedOver'>, figureId: FigureId): boolean {
  if (rules.permission === 'everything') return true;
  if (rules.permission === 'handedOver') return rules.handedOver.includes(figureId);
  return false;
}

export type Verdict = { readonly ok: true } | { readonly ok: false; readonly reason: ProposalRefusal };

export function judgeProposal(rules: GuestRules, room: RoomState, proposal: Proposal): Verdict {
  const figure = room.figures[proposal.figureId];
  // A released figure has left the room; nothing moves it any more.
  if (!figure || figure.released) return { ok: false, reason: 'no-figure' };
  if (!guestMayMove(rules, proposal.figureId)) return { ok: false, reason: 'not-permitted' };
  if (rules.movingByHost === proposal.figureId) return { ok: false, reason: 'moved-by-host' };
  return { ok: true };
}

/**
 * The room after an accepted proposal takes effect. A drag in progress and a dropped drag leave
 * the room as it was: only the end of a drag, a placement, a turn or a posture changes it.
 */
export function proposalEdit(room: RoomState, proposal: Proposal): RoomState {
  switch (proposal.type) {
    case 'drag':
      return room;
    case 'drop':
      return proposal.pose ? placeFigure(room, proposal.figureId, proposal.pose) : room;
    case 'place':
      return placeFigure(room, proposal.figureId, proposal.pose);
    case 'turn':
      return turnFigureTo(room, proposal.figureId, proposal.facing);
    case 'posture':
      return setPosture(room, proposal.figureId, proposal.posture);
  }
}

/** The host's room after a proposal: changed only if the rules allow it. */
export function applyProposal(rules: GuestRules, room: RoomState, proposal: Proposal): RoomState {
  return judgeProposal(rules, room, proposal).ok ? proposalEdit(room, proposal) : room;
}
