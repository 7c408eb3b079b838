import { DEFAULT_COLOUR_BY_KIND, type Figure, type FigureKind, type FigureSize, cleanLabel } from './figure';
import { type FigureId, type IdSource, figureId, type SessionId, sessionId } from './ids';
import { MAX_INTENTION_LENGTH } from './intentionWords';
import { type PhaseTemplateId, startsFromIntention } from './phaseTemplate';
import type { PersonToPlace } from './systemPeople';
import { createPose } from './pose';
import { figuresInOrder, type RoomState, roomFromFigures } from './roomState';
import { type RandomSource, seededRandom, shuffled } from './covertOrder';
import { CLIENT_START, freeSpot, startPositions } from './placement';
import type { EpochMillis } from './units';
import { createRecording, type Recording } from '../recording/recording';
import type { Drawing } from '../drawing/drawing';
import type { DrawnElement } from '../drawing/drawnElements';

/** What a session is about; the room holds where everything stands. */
export interface SessionInfo {
  readonly id: SessionId;
  readonly createdAt: EpochMillis;
  /** A pseudonym the therapist chooses; never the client's real name. */
  readonly clientPseudonym: string;
  /** Exactly as the client wrote it. */
  readonly intention: string;
  readonly template: PhaseTemplateId;
  /** The elements the client chose from the intention, in order. */
  readonly elements: readonly string[];
  /** Set on the fictional demo session that ships with the app. */
  readonly demo?: boolean;
  /** When the session was moved to the bin; the bin is emptied after 30 days. */
  readonly binnedAt?: EpochMillis;
  /** A copy for supervision, with the client's identity removed. */
  readonly pseudonymised?: boolean;
  /**
   * The element figures in the order covert mode numbers them ("Element 1" first): drawn at
   * random when the session starts, so the numbers say nothing about the words' order.
   */
  readonly covertOrder?: readonly FigureId[];
  /**
   * Covert mode is on: elements are shown by number until the therapist reveals them. Kept with
   * the session, so neither a reload nor the next sitting shows the words by surprise.
   */
  readonly covert?: boolean;
  /** The intention as the client drew it, stroke by stroke; drawn elements name their strokes. */
  readonly drawing?: Drawing;
}

export interface Session {
  readonly info: SessionInfo;
  /** The room as it stands now (the end of the recording), so opening a session is quick. */
  readonly room: RoomState;
  /** Everything that happened, in time, from the start row on. */
  readonly recording: Recording;
}

export interface NewSessionInput {
  readonly clientPseudonym: string;
  readonly intention: string;
  readonly template: PhaseTemplateId;
  readonly elements: readonly string[];
  /** Starts in covert mode: the elements are numbered, and even their start places do not follow the words. */
  readonly covert?: boolean;
  /** The people of the system a family constellation starts from, standing after the client. */
  readonly persons?: readonly PersonToPlace[];
  /** The intention as drawn, kept with the session when it has strokes. */
  readonly drawing?: Drawing;
  /** Elements taken from the drawing; each becomes an element figure after the word elements. */
  readonly drawnElements?: readonly DrawnElement[];
}

/** The words shown on the two figures every session has, in the therapist's language. */
export interface StandardLabels {
  readonly client: string;
  readonly intention: string;
}

export interface Injected {
  readonly ids: IdSource;
  readonly now: () => EpochMillis;
  /** Draws the covert order; without it the order comes from the session's id (see covertOrder.ts). */
  readonly random?: RandomSource;
}

export const MAX_PSEUDONYM_LENGTH = 60;

export function createFigure(ids: IdSource, kind: FigureKind, label: string, point: { x: number; z: number }, facing = 0, size: FigureSize = 'adult'): Figure {
  return {
    id: figureId(ids()),
    kind,
    label: cleanLabel(label) || kind,
    colour: DEFAULT_COLOUR_BY_KIND[kind],
    size,
    pose: createPose(point.x, point.z, facing),
    released: false,
  };
}

/**
 * Starts a session: the client at the front of the board, the intention and each chosen element
 * in an arc in front of the client, left to right in the order of the words, or, in a session
 * started covertly, in the covert order, so that not even their places follow the words.
 */
export function createSession(input: NewSessionInput, labels: StandardLabels, { ids, now, random }: Injected): Session {
  const words = input.elements.map(cleanLabel).filter((element) => element !== '');
  const drawn = (input.drawnElements ?? []).filter((element) => element.strokeIds.length > 0);
  const elements = [...words, ...drawn.map((element) => cleanLabel(element.label) || 'element')];
  const kinds: { kind: FigureKind; label: string; drawn?: readonly string[] }[] = [
    { kind: 'client', label: labels.client },
    // RTT starts from a theme and a family constellation from its people: neither has an intention figure.
    ...(startsFromIntention(input.template) ? [{ kind: 'intention' as const, label: labels.intention }] : []),
    ...words.map((element) => ({ kind: 'element' as const, label: element })),
    ...drawn.map((element) => ({ kind: 'element' as const, label: element.label, drawn: [...element.strokeIds] })),
  ];
  const made = kinds.map(({ kind, label, drawn: strokes }) => ({ ...createFigure(ids, kind, label, { x: 0, z: 0 }), ...(strokes ? { drawn: strokes } : {}) }));
  const id = sessionId(ids());
  const people = (input.persons ?? []).map((person) => ({
    ...createFigure(ids, 'person', person.role, { x: 0, z: 0 }, 0, person.size),
    ...(person.deceased ? { deceased: true } : {}),
  }));
  const elementIds = made.filter((figure) => figure.kind === 'element').map((figure) => figure.id);
  const covertOrder = shuffled(elementIds, random ?? seededRandom(id));
  const standing = [
    ...(input.covert ? [...made.filter((figure) => figure.kind !== 'element').map((figure) => figure.id), ...covertOrder] : made.map((figure) => figure.id)),
    ...people.map((figure) => figure.id),
  ];
  const positions = startPositions(standing.length);
  const figures = [...made, ...people].map((figure) => {
    const point = positions[standing.indexOf(figure.id)] ?? { x: 0, z: 0 };
    return { ...figure, pose: createPose(point.x, point.z, 0) };
  });
  const room = roomFromFigures(figures);
  return {
    info: {
      id,
      createdAt: now(),
      clientPseudonym: input.clientPseudonym.trim().slice(0, MAX_PSEUDONYM_LENGTH),
      intention: input.intention.slice(0, MAX_INTENTION_LENGTH),
      template: input.template,
      elements,
      covertOrder,
      ...(input.covert ? { covert: true } : {}),
      ...(input.drawing && input.drawing.strokes.length > 0 ? { drawing: input.drawing } : {}),
    },
    room,
    recording: createRecording(room),
  };
}

/**
 * A figure added by hand stands at a free spot on the board, in an arc in front of the client
 * wherever the client now stands, facing the back of the room. Released figures have left the
 * room and take no space.
 */
export function createAddedFigure(room: RoomState, ids: IdSource, kind: 'person' | 'free', size: FigureSize, label: string): Figure {
  const present = figuresInOrder(room).filter((figure) => !figure.released);
  const client = present.find((figure) => figure.kind === 'client')?.pose ?? CLIENT_START;
  return createFigure(
    ids,
    kind,
    label,
    freeSpot(
      present.map((figure) => figure.pose),
      client,
    ),
    0,
    size,
  );
}

/** A copy of a session under a new id, made now: the same room and the same recording. */
export function duplicateSession(session: Session, ids: IdSource, now: EpochMillis): Session {
  const { binnedAt: _binned, demo: _demo, ...info } = session.info;
  return { ...session, info: { ...info, id: sessionId(ids()), createdAt: now } };
}

export function renameSession(session: Session, clientPseudonym: string): Session {
  return { ...session, info: { ...session.info, clientPseudonym: clientPseudonym.trim().slice(0, MAX_PSEUDONYM_LENGTH) } };
}

export function binSession(session: Session, at: EpochMillis | undefined): Session {
  const { binnedAt: _binned, ...info } = session.info;
  return { ...session, info: at === undefined ? info : { ...info, binnedAt: at } };
}
