import { FIGURE_COLOURS, type FigureColour } from '../model/figure';
import type { FigureId } from '../model/ids';
import type { RoomState } from '../model/roomState';
import type { Session } from '../model/session';
import { indexRecording } from '../replay/recordingIndex';
import { phaseEnd, stateAt } from '../replay/stateAt';

/** The moment each session is shown at: its end, or the end of one phase (by index). */
export type JourneyMoment = { readonly kind: 'end' } | { readonly kind: 'phase'; readonly phase: number };

/** One session of the journey at the chosen moment; `room` is null when the session never reached that phase. */
export interface JourneyStation {
  readonly session: Session;
  readonly t: number | null;
  readonly room: RoomState | null;
  /** The floor distance from the client figure ("Me") to each element, by the element's words. */
  readonly distances: ReadonlyMap<string, number>;
}

/** The colours an element may take across sessions: every colour but those of "Me" and the intention. */
const ELEMENT_COLOURS = FIGURE_COLOURS.filter((colour) => colour !== 'slate' && colour !== 'ochre');

/** Words match across sessions when they read the same, whatever the case and the spaces around them. */
export const wordKey = (label: string): string => label.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** Whether an element's words may be shown and compared: not while its session is covert. */
const openWords = (session: Session) => session.info.covert !== true;

/**
 * The sessions of one client in time order, each at the chosen moment, with every element
 * coloured by its words, the same colour in every session, and the distances from "Me" to each.
 * Figures released from their roles count where they stood when released: at the end of an IoPT
 * session every resonator is released, and its end picture is where they last stood.
 */
export function journeyStations(
  sessions: readonly Session[],
  moment: JourneyMoment,
): { stations: JourneyStation[]; colours: ReadonlyMap<string, FigureColour> } {
  const ordered = [...sessions].sort((a, b) => a.info.createdAt - b.info.createdAt);
  const colours = new Map<string, FigureColour>();
  const colourOf = (key: string) => {
    let colour = colours.get(key);
    if (!colour) {
      colour = ELEMENT_COLOURS[colours.size % ELEMENT_COLOURS.length] ?? 'sage';
      colours.set(key, colour);
    }
    return colour;
  };
  const stations = ordered.map((session): JourneyStation => {
    const index = indexRecording(session.recording);
    const t = moment.kind === 'end' ? index.durationMs : (phaseEnd(index, moment.phase) ?? null);
    if (t === null) return { session, t, room: null, distances: new Map() };
    const { room } = stateAt(index, t);
    const figures = { ...room.figures };
    const me = room.order.map((id) => room.figures[id]).find((figure) => figure?.kind === 'client');
    const distances = new Map<string, number>();
    for (const id of room.order) {
      const figure = room.figures[id];
      if (!figure || figure.kind !== 'element' || !openWords(session)) continue;
      const key = wordKey(figure.label);
      if (!key) continue;
      figures[id as FigureId] = { ...figure, colour: colourOf(key) };
      if (me) distances.set(key, Math.hypot(figure.pose.x - me.pose.x, figure.pose.z - me.pose.z));
    }
    return { session, t, room: { figures, order: room.order }, distances };
  });
  return { stations, colours };
}
