import { covertNumbers } from '../model/covertOrder';
import type { Figure } from '../model/figure';
import { type FigureId, sessionId } from '../model/ids';
import type { PhaseTemplateId } from '../model/phaseTemplate';
import type { RoomState } from '../model/roomState';
import type { Session, SessionInfo } from '../model/session';
import { epochMillis } from '../model/units';
import type { SessionProgress } from '../recording/progress';
import { createRecording } from '../recording/recording';
import type { Permission } from './messages';

/**
 * What the client's browser may see of a session: the room and what the therapist chooses to
 * show, nothing more. The therapist's notes stay back unless a phase's note is shown; the
 * pseudonym unless shown; while covert labels are on, the intention, the element words and even
 * the order the elements were made in (which follows the words) stay back.
 */
export interface GuestView {
  readonly template: PhaseTemplateId;
  readonly createdAt: number;
  /** '' unless the therapist shows it. */
  readonly clientPseudonym: string;
  /** '' while covert. */
  readonly intention: string;
  /** The chosen words of the intention; none while covert. */
  readonly elements: readonly string[];
  readonly covert: boolean;
  /** The elements in the order of their covert numbers ("Element 1" first). */
  readonly covertOrder: readonly FigureId[];
  readonly room: RoomState;
  readonly phase: number;
  /** The notes of the phases the therapist shows, by phase. */
  readonly notes: Readonly<Record<number, string>>;
  readonly sharingOrder: readonly FigureId[];
  readonly presenting: boolean;
  readonly finished: boolean;
  readonly permission: Permission;
  readonly handedOver: readonly FigureId[];
}

/** What the therapist has chosen to let the guest see and do. */
export interface GuestSharing {
  readonly permission: Permission;
  readonly handedOver: readonly FigureId[];
  /** Phases whose note the guest sees. */
  readonly shownNotes: readonly number[];
  readonly showPseudonym: boolean;
}

export interface HostSide {
  readonly session: SessionInfo;
  readonly room: RoomState;
  readonly progress: Pick<SessionProgress, 'phase' | 'notes' | 'sharingOrder' | 'finished'>;
  readonly covert: boolean;
  readonly presenting: boolean;
}

/** Stands in for an element's words while covert; the guest's screen shows "Element n" instead. */
export const COVERT_LABEL = '…';

export function guestViewOf(host: HostSide, sharing: GuestSharing): GuestView {
  const { session, covert } = host;
  const numbers = covertNumbers(session, host.room);
  const covertOrder = [...numbers.keys()].sort((a, b) => (numbers.get(a) ?? 0) - (numbers.get(b) ?? 0));
  const notes: Record<number, string> = {};
  for (const phase of sharing.shownNotes) {
    const note = host.progress.notes[phase];
    if (note !== undefined) notes[phase] = note;
  }
  const room = covert ? coverRoom(host.room, covertOrder) : host.room;
  return {
    template: session.template,
    createdAt: session.createdAt,
    clientPseudonym: sharing.showPseudonym ? session.clientPseudonym : '',
    intention: covert ? '' : session.intention,
    elements: covert ? [] : session.elements,
    covert,
    covertOrder,
    room,
    phase: host.progress.phase,
    notes,
    sharingOrder: host.progress.sharingOrder,
    presenting: host.presenting,
    finished: host.progress.finished,
    permission: sharing.permission,
    handedOver: sharing.permission === 'handedOver' ? sharing.handedOver.filter((id) => host.room.figures[id] !== undefined) : [],
  };
}

/** The room with every element's words replaced, and the elements listed in covert order. */
function coverRoom(room: RoomState, covertOrder: readonly FigureId[]): RoomState {
  const figures: Record<FigureId, Figure> = { ...room.figures };
  for (const id of covertOrder) {
    const figure = figures[id];
    if (figure) figures[id] = { ...figure, label: COVERT_LABEL };
  }
  let next = 0;
  const order = room.order.map((id) => (room.figures[id]?.kind === 'element' ? (covertOrder[next++] ?? id) : id));
  return { figures, order };
}

/** The session a guest's store shows: no recording of its own beyond what it sees from now on. */
export function guestSession(view: GuestView, id: string): Session {
  const info: SessionInfo = {
    id: sessionId(id),
    createdAt: epochMillis(view.createdAt),
    clientPseudonym: view.clientPseudonym,
    intention: view.intention,
    template: view.template,
    elements: view.elements,
    covertOrder: view.covertOrder,
    ...(view.covert ? { covert: true } : {}),
  };
  return { info, room: view.room, recording: createRecording(view.room) };
}
