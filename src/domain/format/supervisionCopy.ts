import type { Figure, FigureKind } from '../model/figure';
import { type FigureId, figureId, type IdSource, sessionId } from '../model/ids';
import type { RoomState } from '../model/roomState';
import type { Session } from '../model/session';
import { epochMillis } from '../model/units';
import type { FigureAppearance, RecordedEvent } from '../recording/events';

/** What a supervision copy may keep; everything left false is removed or replaced. */
export interface SupervisionKeep {
  /** The names written on person, free, client and intention figures (a figure renamed "Kari" or "Father"). */
  readonly figureLabels: boolean;
  /** The notes of each phase. */
  readonly notes: boolean;
  /** What the resonators said, and the texts of expressions. */
  readonly statements: boolean;
  /** The intention as the client wrote it. */
  readonly intention: boolean;
  /** The elements' words (they spell out the intention). */
  readonly elementLabels: boolean;
  /** The intention as the client drew it; without it, drawn elements keep no strokes. */
  readonly drawing: boolean;
}

/** The safe side: nothing that names the client or what they brought. */
export const KEEP_NOTHING: SupervisionKeep = { figureLabels: false, notes: false, statements: false, intention: false, elementLabels: false, drawing: false };

/** How the copy dates the session: not at all ("session 3"), by its month, or exactly. */
export type SupervisionDating = 'session-number' | 'month' | 'exact';

/** The words that stand where identifying ones were, in the therapist's language. */
export interface NeutralNames {
  /** The pseudonym of the copy, e.g. "Supervision client, session {{number}}" filled in. */
  readonly pseudonym: string;
  readonly maskedIntention: string;
  /** A neutral name for a figure by its role, numbered within its kind from 1 ("Person 2", "Element 3"). */
  readonly role: (kind: FigureKind, number: number) => string;
}

export interface SupervisionOptions {
  readonly keep: SupervisionKeep;
  readonly dating: SupervisionDating;
  readonly names: NeutralNames;
  /** Fresh ids for the session and every figure, so no id of the original leaves. */
  readonly ids: IdSource;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The first moment of the month, in UTC: the month is kept, the day and time are not. */
export function monthOf(epochMs: number): number {
  const date = new Date(epochMs);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

/**
 * A date that says nothing: 1 January 1970 plus the session's number in days, so sessions of a
 * series keep their order and no day of the real calendar is in the file.
 */
export const numberedDate = (sessionNumber: number): number => Math.max(0, Math.round(sessionNumber) - 1) * DAY_MS;

/** Numbered dates stay within the first years of 1970; no real session is dated there. */
const NUMBERED_DATES_END_MS = 1000 * DAY_MS;

/**
 * How a supervision copy's date reads back: its session number, its month, or the exact time
 * the therapist chose to keep. The library shows "Session 3", not "4 January 1970".
 */
export type SupervisionDate = { readonly kind: 'number'; readonly sessionNumber: number } | { readonly kind: 'month' } | { readonly kind: 'exact' };

export function supervisionDateOf(createdAt: number): SupervisionDate {
  if (createdAt >= 0 && createdAt < NUMBERED_DATES_END_MS && createdAt % DAY_MS === 0) return { kind: 'number', sessionNumber: createdAt / DAY_MS + 1 };
  if (monthOf(createdAt) === createdAt) return { kind: 'month' };
  return { kind: 'exact' };
}

/**
 * A copy of a session for supervision. Positions, facings, phases and session times stay exactly
 * as recorded: they are what supervision is for. What could name or date the client is removed
 * or replaced unless the therapist keeps it, option by option; every id is new.
 */
export function supervisionCopy(session: Session, options: SupervisionOptions, sessionNumber = 1): Session {
  const { keep, names } = options;
  const newIds = new Map<FigureId, FigureId>();
  const idOf = (id: FigureId): FigureId => {
    let next = newIds.get(id);
    if (!next) {
      next = figureId(options.ids());
      newIds.set(id, next);
    }
    return next;
  };
  // Elements keep the covert numbering if the session has one, so numbers do not give away the words' order.
  const covertNumber = new Map((session.info.covertOrder ?? []).map((id, index) => [id, index + 1]));
  const neutral = new Map<FigureId, string>();
  const counts = new Map<FigureKind, number>();
  const neutralName = (id: FigureId, kind: FigureKind): string => {
    let name = neutral.get(id);
    if (name === undefined) {
      const number = (counts.get(kind) ?? 0) + 1;
      counts.set(kind, number);
      name = names.role(kind, kind === 'element' ? (covertNumber.get(id) ?? number + covertNumber.size) : number);
      neutral.set(id, name);
    }
    return name;
  };
  const labelOf = (id: FigureId, kind: FigureKind, label: string): string => {
    const kept = kind === 'element' ? keep.elementLabels : keep.figureLabels;
    // The name is decided the first time a figure is seen, so it stays the same through the copy.
    const name = neutralName(id, kind);
    return kept ? label : name;
  };
  const strokesKept = <T extends { readonly drawn?: readonly string[] }>(value: T): T => {
    if (keep.drawing || value.drawn === undefined) return value;
    const { drawn: _drawn, ...rest } = value;
    return rest as T;
  };
  const copyFigure = (figure: Figure): Figure => ({ ...strokesKept(figure), id: idOf(figure.id), label: labelOf(figure.id, figure.kind, figure.label) });
  const copyRoom = (room: RoomState): RoomState => {
    const figures = room.order.flatMap((id) => {
      const figure = room.figures[id];
      return figure ? [copyFigure(figure)] : [];
    });
    return { order: figures.map((figure) => figure.id), figures: Object.fromEntries(figures.map((figure) => [figure.id, figure])) as RoomState['figures'] };
  };
  const copyLook = (id: FigureId, look: FigureAppearance): FigureAppearance => ({ ...strokesKept(look), label: labelOf(id, look.kind, look.label) });
  // The initial room first, so figures are numbered in the order they came in.
  const initialRoom = copyRoom(session.recording.initialRoom);
  const events = session.recording.events.flatMap((event): RecordedEvent[] => {
    switch (event.type) {
      case 'note':
        return keep.notes ? [event] : [];
      case 'statement':
        return keep.statements ? [{ ...event, figureId: idOf(event.figureId) }] : [];
      case 'expression':
        return [{ ...event, figureId: idOf(event.figureId), text: keep.statements ? event.text : '' }];
      case 'figureAdded':
        return [{ ...event, figureId: idOf(event.figureId), appearance: copyLook(event.figureId, event.appearance) }];
      case 'figureChanged':
        return [{ ...event, figureId: idOf(event.figureId), appearance: copyLook(event.figureId, event.appearance) }];
      case 'pose':
      case 'figureRemoved':
      case 'mover':
        return [{ ...event, figureId: idOf(event.figureId) }];
      case 'resonance':
        return [{ ...event, figureId: event.figureId === null ? null : idOf(event.figureId) }];
      case 'leavingRole':
        return keep.statements ? [{ ...event, figureId: idOf(event.figureId) }] : [];
      case 'sharingOrder':
        return [{ ...event, figureIds: event.figureIds.map(idOf) }];
      default:
        return [event];
    }
  });
  const room = copyRoom(session.room);
  const { binnedAt: _binned, demo: _demo, covertOrder, drawing, ...info } = session.info;
  const createdAt = options.dating === 'exact' ? info.createdAt : options.dating === 'month' ? monthOf(info.createdAt) : numberedDate(sessionNumber);
  return {
    info: {
      ...info,
      id: sessionId(options.ids()),
      createdAt: epochMillis(createdAt),
      clientPseudonym: names.pseudonym,
      intention: keep.intention ? info.intention : names.maskedIntention,
      elements: keep.elementLabels ? info.elements : info.elements.map((_, i) => names.role('element', i + 1)),
      pseudonymised: true,
      ...(covertOrder ? { covertOrder: covertOrder.filter((id) => newIds.has(id)).map(idOf) } : {}),
      ...(keep.drawing && drawing ? { drawing } : {}),
    },
    room,
    recording: { initialRoom, events },
  };
}

/** The time a supervision copy's file says it was written: never the real moment, unless dates are kept. */
export function supervisionExportedAt(dating: SupervisionDating, now: number, sessionNumber: number): number {
  return dating === 'exact' ? now : dating === 'month' ? monthOf(now) : numberedDate(sessionNumber);
}
