import type { Figure } from '../model/figure';
import type { FigureId } from '../model/ids';
import { sessionId } from '../model/ids';
import type { RoomState } from '../model/roomState';
import type { Session } from '../model/session';
import type { FigureAppearance, RecordedEvent } from '../recording/events';

export interface SupervisionOptions {
  /** The neutral name that replaces the client's pseudonym. */
  readonly pseudonym: string;
  /** Leave out free-text notes and what the figures said (and texts of expressions). */
  readonly omitTexts: boolean;
  /** Hide the intention, and the element labels that would spell it out. */
  readonly maskIntention: boolean;
  /** What stands where the intention was. */
  readonly maskedIntention: string;
  /** The label an element gets when the intention is hidden, e.g. "Element {{number}}". */
  readonly elementLabel: (number: number) => string;
  /** The copy's own id, so it never replaces the original. */
  readonly newId: string;
}

/**
 * A copy of a session for supervision: the client's pseudonym replaced, the copy marked as
 * pseudonymised, and, as the therapist chooses, free texts left out and the intention hidden.
 * Positions, facings and times are kept exactly: they are what supervision is for.
 */
export function supervisionCopy(session: Session, options: SupervisionOptions): Session {
  const elementNames = new Map<FigureId, string>();
  const hide = options.maskIntention;
  const labelOf = (id: FigureId, kind: Figure['kind'], label: string) => {
    if (!hide || kind !== 'element') return label;
    let name = elementNames.get(id);
    if (!name) {
      name = options.elementLabel(elementNames.size + 1);
      elementNames.set(id, name);
    }
    return name;
  };
  const maskRoom = (room: RoomState): RoomState => ({
    order: room.order,
    figures: Object.fromEntries(
      room.order.flatMap((id) => {
        const figure = room.figures[id];
        return figure ? [[id, { ...figure, label: labelOf(id, figure.kind, figure.label) }]] : [];
      }),
    ) as RoomState['figures'],
  });
  const maskLook = (id: FigureId, look: FigureAppearance): FigureAppearance => ({ ...look, label: labelOf(id, look.kind, look.label) });
  // The initial room first, so elements are numbered in the order the client chose them.
  const initialRoom = maskRoom(session.recording.initialRoom);
  const events = session.recording.events.flatMap((event): RecordedEvent[] => {
    switch (event.type) {
      case 'note':
      case 'statement':
        return options.omitTexts ? [] : [event];
      case 'expression':
        return [options.omitTexts ? { ...event, text: '' } : event];
      case 'figureAdded':
      case 'figureChanged':
        return [{ ...event, appearance: maskLook(event.figureId, event.appearance) }];
      default:
        return [event];
    }
  });
  const { binnedAt: _binned, demo: _demo, ...info } = session.info;
  return {
    info: {
      ...info,
      id: sessionId(options.newId),
      clientPseudonym: options.pseudonym,
      intention: hide ? options.maskedIntention : info.intention,
      elements: hide ? info.elements.map((_, i) => options.elementLabel(i + 1)) : info.elements,
      pseudonymised: true,
    },
    room: maskRoom(session.room),
    recording: { initialRoom, events },
  };
}
