// Shared by the session file's tests: sessions made through the real store, and ways to read and break files.
import { expect } from 'vitest';
import { createResonansStore } from '../../store/createStore';
import { type FigureId, counterIds } from '../model/ids';
import { type Session, createSession } from '../model/session';
import { epochMillis } from '../model/units';
import { type ImportResult, figureReferenceProblem, readSessionFile, sessionFileText } from './sessionFile';
import { parseSession } from './sessionSchema';

export const LABELS = { client: 'Meg', intention: 'Intensjon' };
export const CREATED = 1_750_000_000_000;
export const EXPORTED = epochMillis(1_760_000_000_000);
export const START = 1_760_000_100_000;

export function newSession(elements: readonly string[] = ['Jeg', 'vil', 'sove', 'bedre'], prefix = 'f'): Session {
  return createSession({ clientPseudonym: 'K-17 Ærlig', intention: 'Jeg vil sove bedre – uten å våkne', template: 'iopt', elements }, LABELS, {
    ids: counterIds(prefix),
    now: () => epochMillis(CREATED),
  });
}

export interface Driver {
  store: ReturnType<typeof createResonansStore>;
  ids: FigureId[];
  advance: (ms: number) => void;
  snapshot: () => Session;
}

/** Opens a session in the real store, with a wall clock the test moves. */
export function open(session: Session): Driver {
  let wall = START;
  const store = createResonansStore({ ids: counterIds('added'), now: () => epochMillis(wall) });
  store.getState().openSession(session);
  return {
    store,
    ids: [...session.room.order],
    advance: (ms) => {
      wall += ms;
    },
    snapshot: () => {
      const state = store.getState();
      if (!state.session || !state.recording) throw new Error('no open session');
      return { info: state.session, room: state.room, recording: { initialRoom: state.recording.initialRoom, events: [...state.recording.events] } };
    },
  };
}

/** A self-encounter with every kind of event, in Norwegian and German. */
export function recordedSession(): Session {
  const { store, ids, advance, snapshot } = open(newSession());
  const [client, intention, first, second] = ids as [FigureId, FigureId, FigureId, FigureId];
  const s = () => store.getState();
  advance(1200);
  s().goToPhase(1);
  s().nudgeFigure(client, 0.5, -0.25);
  advance(300);
  s().previewDrag(intention, { x: 1, z: 1, facing: 90 });
  advance(50);
  s().previewDrag(intention, { x: 1.5, z: 0.75, facing: 120 });
  advance(50);
  s().endDrag(true);
  s().setPosture(first, 'kneeling');
  const grandmother = s().addFigure('person', 'child', 'Großmutter Käthe');
  if (!grandmother) throw new Error('no figure added');
  s().nudgeFigure(grandmother, -0.3, 0.3);
  advance(2000);
  s().goToPhase(2);
  s().markExpression(first, 'sound', 'Å nei… åååh');
  s().markExpression(grandmother, 'emotion', 'Trauer, Wut – „warum?“');
  s().markArousal({ zone: 'hyper' });
  s().markArousal({ value: 6.5 });
  s().pauseRecording();
  advance(60_000);
  s().resumeRecording();
  s().goToPhase(5);
  s().setNote(5, 'Klienten kjente seg trygg på å være her. Æ, ø og å – 🙂\nZweite Zeile: Übermut, Größe, Straße.');
  s().setSharingOrder([second, grandmother, first]);
  s().setStatement(second, 'Ich fühle mich leicht und frei.');
  s().setStatement(grandmother, 'Jeg er stolt av deg.');
  s().renameFigure(second, 'Søvn');
  s().recolourFigure(second, 'plum');
  advance(500);
  s().goToPhase(6);
  s().releaseFigure(second);
  s().releaseFigure(grandmother);
  s().removeFigure(first);
  advance(1000);
  s().finishSession();
  return snapshot();
}

/** The same value with every -0 as 0, as JSON writes it. */
export function withoutNegativeZero<T>(value: T): T {
  if (Object.is(value, -0)) return 0 as T;
  if (Array.isArray(value)) return value.map(withoutNegativeZero) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, withoutNegativeZero(entry)])) as T;
  }
  return value;
}

export function read(text: string): Extract<ImportResult, { kind: 'session' }> {
  const result = readSessionFile(text);
  if (!result.ok) throw new Error(`expected the file to be read, but: ${result.problem.code} ${result.problem.detail}`);
  if (result.kind !== 'session') throw new Error('expected a session file');
  return result;
}

export function problemOf(text: string) {
  const result = readSessionFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problem;
}

/** The file as plain, mutable JSON, to break on purpose. */
export type Json = Record<string, unknown> & {
  session: {
    info: Record<string, unknown>;
    room: { figures: Record<string, Record<string, unknown> & { pose: Record<string, unknown> }>; order: string[] };
    recording: { initialRoom: Json['session']['room']; events: Record<string, unknown>[] };
  };
};
export const docOf = (session: Session = newSession()): Json => JSON.parse(sessionFileText(session, EXPORTED)) as Json;
export const textOf = (doc: unknown) => JSON.stringify(doc);
export function firstFigure(doc: Json) {
  const figure = doc.session.room.figures[doc.session.room.order[0] ?? ''];
  if (!figure) throw new Error('the file has no figure');
  return figure;
}

/** What every answer must satisfy: a refusal is explained; an accepted session passes the session schema. */
export function expectSound(result: ImportResult) {
  if (!result.ok) {
    expect(['not-json', 'not-a-session-file', 'newer-version', 'invalid', 'damaged', 'too-large']).toContain(result.problem.code);
    expect(typeof result.problem.detail).toBe('string');
    expect(result.problem.detail.length).toBeGreaterThan(0);
    return;
  }
  const sessions = result.kind === 'session' ? [result.session] : result.sessions;
  for (const session of sessions) {
    expect(parseSession(JSON.parse(JSON.stringify(session))).ok).toBe(true);
    expect(figureReferenceProblem(session.recording)).toBeNull();
  }
}
