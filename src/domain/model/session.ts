import { DEFAULT_COLOUR_BY_KIND, type Figure, type FigureKind, type FigureSize, cleanLabel } from './figure';
import { type IdSource, figureId, type SessionId, sessionId } from './ids';
import { MAX_INTENTION_LENGTH } from './intentionWords';
import type { PhaseTemplateId } from './phaseTemplate';
import { createPose } from './pose';
import { type RoomState, roomFromFigures } from './roomState';
import { freeSpot, startRowPositions } from './startRow';
import type { EpochMillis } from './units';
import { createRecording, type Recording } from '../recording/recording';

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
}

/** The words shown on the two figures every session has, in the therapist's language. */
export interface StandardLabels {
  readonly client: string;
  readonly intention: string;
}

export interface Injected {
  readonly ids: IdSource;
  readonly now: () => EpochMillis;
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

/** Starts a session: the client, the intention and each chosen element stand in a row facing the board. */
export function createSession(input: NewSessionInput, labels: StandardLabels, { ids, now }: Injected): Session {
  const elements = input.elements.map(cleanLabel).filter((element) => element !== '');
  const kinds: { kind: FigureKind; label: string }[] = [
    { kind: 'client', label: labels.client },
    { kind: 'intention', label: labels.intention },
    ...elements.map((element) => ({ kind: 'element' as const, label: element })),
  ];
  const positions = startRowPositions(kinds.length);
  const figures = kinds.map(({ kind, label }, index) => createFigure(ids, kind, label, positions[index] ?? { x: 0, z: 0 }));
  const room = roomFromFigures(figures);
  return {
    info: {
      id: sessionId(ids()),
      createdAt: now(),
      clientPseudonym: input.clientPseudonym.trim().slice(0, MAX_PSEUDONYM_LENGTH),
      intention: input.intention.slice(0, MAX_INTENTION_LENGTH),
      template: input.template,
      elements,
    },
    room,
    recording: createRecording(room),
  };
}

/** A figure added by hand stands at a free spot on the board, facing the back of the room. */
export function createAddedFigure(room: RoomState, ids: IdSource, kind: 'person' | 'free', size: FigureSize, label: string): Figure {
  const taken = room.order.flatMap((id) => {
    const figure = room.figures[id];
    return figure ? [figure.pose] : [];
  });
  return createFigure(ids, kind, label, freeSpot(taken), 0, size);
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
