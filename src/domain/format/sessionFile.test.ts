import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fileDocs from '../../../docs/session-file.md?raw';
import fileSchema from '../../../docs/session-file.schema.json';
import { generateLongSession } from '../../../bench/generateLongSession';
import { createResonansStore } from '../../store/createStore';
import { FIGURE_COLOURS, FIGURE_KINDS, FIGURE_SIZES, MAX_LABEL_LENGTH } from '../model/figure';
import { type FigureId, counterIds } from '../model/ids';
import { PHASE_TEMPLATE_IDS } from '../model/phaseTemplate';
import { POSTURES } from '../model/pose';
import { type Session, createSession } from '../model/session';
import { epochMillis } from '../model/units';
import { AROUSAL_ZONES, EXPRESSION_KINDS } from '../recording/events';
import { ID_PATTERN, PROTOTYPE_NAMES } from './fieldSchemas';
import { CURRENT_FILE_VERSION } from './migrations';
import { type ImportResult, backupFileText, figureReferenceProblem, readSessionFile, sessionFileText } from './sessionFile';
import { PoseSchema } from './poseSchema';
import { englishDemoSession } from './testSessions';
import { AppearanceSchema, RecordedEventSchema } from './recordingSchema';
import { FigureSchema, SessionInfoSchema, parseSession } from './sessionSchema';

const LABELS = { client: 'Meg', intention: 'Intensjon' };
const CREATED = 1_750_000_000_000;
const EXPORTED = epochMillis(1_760_000_000_000);
const START = 1_760_000_100_000;

function newSession(elements: readonly string[] = ['Jeg', 'vil', 'sove', 'bedre'], prefix = 'f'): Session {
  return createSession({ clientPseudonym: 'K-17 Ærlig', intention: 'Jeg vil sove bedre – uten å våkne', template: 'iopt', elements }, LABELS, {
    ids: counterIds(prefix),
    now: () => epochMillis(CREATED),
  });
}

interface Driver {
  store: ReturnType<typeof createResonansStore>;
  ids: FigureId[];
  advance: (ms: number) => void;
  snapshot: () => Session;
}

/** Opens a session in the real store, with a wall clock the test moves. */
function open(session: Session): Driver {
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
function recordedSession(): Session {
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
function withoutNegativeZero<T>(value: T): T {
  if (Object.is(value, -0)) return 0 as T;
  if (Array.isArray(value)) return value.map(withoutNegativeZero) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, withoutNegativeZero(entry)])) as T;
  }
  return value;
}

function read(text: string): Extract<ImportResult, { kind: 'session' }> {
  const result = readSessionFile(text);
  if (!result.ok) throw new Error(`expected the file to be read, but: ${result.problem.code} ${result.problem.detail}`);
  if (result.kind !== 'session') throw new Error('expected a session file');
  return result;
}

function problemOf(text: string) {
  const result = readSessionFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problem;
}

/** The file as plain, mutable JSON, to break on purpose. */
type Json = Record<string, unknown> & {
  session: {
    info: Record<string, unknown>;
    room: { figures: Record<string, Record<string, unknown> & { pose: Record<string, unknown> }>; order: string[] };
    recording: { initialRoom: Json['session']['room']; events: Record<string, unknown>[] };
  };
};
const docOf = (session: Session = newSession()): Json => JSON.parse(sessionFileText(session, EXPORTED)) as Json;
const textOf = (doc: unknown) => JSON.stringify(doc);
const firstFigure = (doc: Json) => doc.session.room.figures[doc.session.room.order[0] ?? '']!;

/** What every answer must satisfy: a refusal is explained; an accepted session passes the session schema. */
function expectSound(result: ImportResult) {
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

describe('sessionFileText', () => {
  it('writes the envelope as compact JSON, with no spaces between fields', () => {
    const text = sessionFileText(newSession(), EXPORTED);
    expect(text.startsWith('{"format":"resonans-session","version":1,"exportedAt":1760000000000,"app":"Resonans",')).toBe(true);
    expect(text.endsWith('}')).toBe(true);
    expect(text).not.toContain('\n');
    const doc = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['format', 'version', 'exportedAt', 'app', 'pseudonymised', 'session']);
    expect(doc.pseudonymised).toBe(false);
    expect(Object.keys(doc.session as object)).toEqual(['info', 'room', 'recording']);
  });

  it('writes only the session fields, whatever else the object carries', () => {
    const session = { ...newSession(), extra: 'not for the file' } as Session;
    expect(sessionFileText(session, EXPORTED)).not.toContain('extra');
  });

  it('marks a pseudonymised file', () => {
    expect(JSON.parse(sessionFileText(newSession(), EXPORTED, { pseudonymised: true }))).toMatchObject({ pseudonymised: true });
  });

  it('writes a backup of every session', () => {
    const text = backupFileText([newSession(), newSession([], 'g')], EXPORTED);
    expect(text.startsWith('{"format":"resonans-backup","version":1,')).toBe(true);
    const doc = JSON.parse(text) as { sessions: unknown[] };
    expect(Object.keys(doc)).toEqual(['format', 'version', 'exportedAt', 'app', 'sessions']);
    expect(doc.sessions).toHaveLength(2);
  });
});

describe('round trip: sessionFileText then readSessionFile', () => {
  it('gives back a created session', () => {
    const session = newSession();
    expect(read(sessionFileText(session, EXPORTED))).toEqual({ ok: true, kind: 'session', session, pseudonymised: false });
  });

  it('gives back a created session with no elements, and one with long Norwegian and German elements', () => {
    for (const session of [
      newSession([]),
      newSession(['Søvnløshet', 'Angst før eksamen', 'Großvaters Schweigen', 'Übermäßige Müdigkeit', 'ÆØÅ æøå ÄÖÜ äöü ß']),
    ]) {
      expect(read(sessionFileText(session, EXPORTED)).session).toEqual(session);
    }
  });

  it('gives back a session recorded through the store, every kind of event included', () => {
    const session = recordedSession();
    const types = new Set(session.recording.events.map((event) => event.type));
    for (const type of [
      'pose',
      'figureAdded',
      'figureRemoved',
      'figureChanged',
      'phase',
      'note',
      'expression',
      'arousal',
      'sharingOrder',
      'statement',
      'paused',
      'resumed',
      'finished',
    ]) {
      expect(types).toContain(type);
    }
    const result = read(sessionFileText(session, EXPORTED, { pseudonymised: true }));
    expect(result.session).toEqual(session);
    expect(result.pseudonymised).toBe(true);
    expect(JSON.parse(sessionFileText(result.session, EXPORTED))).toEqual(JSON.parse(sessionFileText(session, EXPORTED)));
  });

  it('gives back the demo session and a long generated session', { timeout: 60_000 }, () => {
    const demo = englishDemoSession();
    const long = generateLongSession({ hours: 0.25, figures: 8, dragShare: 0.3, sampleHz: 20, seed: 7 });
    expect(long.recording.events.length).toBeGreaterThan(1000);
    for (const session of [demo, long]) expect(read(sessionFileText(session, EXPORTED)).session).toEqual(session);
    expect(readSessionFile(backupFileText([demo, long], EXPORTED))).toEqual({ ok: true, kind: 'backup', sessions: [demo, long], skipped: [] });
  });

  it('gives a session the store opens where it was left', () => {
    const session = recordedSession();
    const { store } = open(read(sessionFileText(session, EXPORTED)).session);
    expect(store.getState().room).toEqual(session.room);
    expect(store.getState().progress.finished).toBe(true);
  });

  it('keeps texts exactly, lone surrogates and control characters included', () => {
    const { store, ids, advance, snapshot } = open(newSession());
    advance(10);
    store.getState().setNote(0, 'a\u0000b\u001f"\\\u2028\u2029 \ud800 \udfff 🙂 ﬀ\r\n\t');
    store.getState().setStatement(ids[0]!, '<script>alert(1)</script> ${x} {{y}}');
    const session = snapshot();
    expect(read(sessionFileText(session, EXPORTED)).session).toEqual(session);
  });

  it('gives back a backup of several sessions, and an empty one', () => {
    const sessions = [recordedSession(), newSession([], 'g'), { ...newSession(['Ja'], 'h'), info: { ...newSession(['Ja'], 'h').info, demo: true } }];
    expect(readSessionFile(backupFileText(sessions, EXPORTED))).toEqual({ ok: true, kind: 'backup', sessions, skipped: [] });
    expect(readSessionFile(backupFileText([], EXPORTED))).toEqual({ ok: true, kind: 'backup', sessions: [], skipped: [] });
  });

  it('gives back any session after random edits through the store', { timeout: 60_000 }, () => {
    const index = fc.nat({ max: 20 });
    const metres = fc.double({ min: -4, max: 4, noNaN: true });
    const label = fc.string({ maxLength: 70, unit: 'binary' });
    const text = fc.string({ maxLength: 200, unit: 'binary' });
    const step = fc.oneof(
      fc.record({ do: fc.constant('advance' as const), ms: fc.nat({ max: 100_000 }) }),
      fc.record({ do: fc.constant('nudge' as const), index, dx: metres, dz: metres }),
      fc.record({
        do: fc.constant('drag' as const),
        index,
        x: metres,
        z: metres,
        facing: fc.double({ min: -720, max: 720, noNaN: true }),
        commit: fc.boolean(),
      }),
      fc.record({ do: fc.constant('turn' as const), index, by: fc.double({ min: -720, max: 720, noNaN: true }) }),
      fc.record({ do: fc.constant('posture' as const), index, posture: fc.constantFrom(...POSTURES) }),
      fc.record({ do: fc.constant('add' as const), kind: fc.constantFrom('person' as const, 'free' as const), size: fc.constantFrom(...FIGURE_SIZES), label }),
      fc.record({ do: fc.constant('remove' as const), index }),
      fc.record({ do: fc.constant('rename' as const), index, label }),
      fc.record({ do: fc.constant('recolour' as const), index, colour: fc.constantFrom(...FIGURE_COLOURS) }),
      fc.record({ do: fc.constant('release' as const), index }),
      fc.record({ do: fc.constant('phase' as const), phase: fc.nat({ max: 7 }) }),
      fc.record({ do: fc.constant('note' as const), phase: fc.nat({ max: 7 }), text }),
      fc.record({ do: fc.constant('expression' as const), index, kind: fc.constantFrom(...EXPRESSION_KINDS), text }),
      fc.record({ do: fc.constant('statement' as const), index, text }),
      fc.record({
        do: fc.constant('arousal' as const),
        zone: fc.option(fc.constantFrom(...AROUSAL_ZONES)),
        value: fc.double({ min: 0, max: 10, noNaN: true }),
      }),
      fc.record({ do: fc.constant('sharing' as const), indices: fc.array(index, { maxLength: 6 }) }),
      fc.record({ do: fc.constant('pause' as const) }),
      fc.record({ do: fc.constant('resume' as const) }),
      fc.record({ do: fc.constant('finish' as const) }),
    );
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 6 }), fc.array(step, { maxLength: 40 }), (elements, steps) => {
        const { store, advance, snapshot } = open(newSession(elements));
        const s = () => store.getState();
        const figure = (i: number): FigureId => {
          const order = s().room.order;
          return order[i % Math.max(order.length, 1)] ?? ('none' as FigureId);
        };
        for (const change of steps) {
          switch (change.do) {
            case 'advance':
              advance(change.ms);
              break;
            case 'nudge':
              s().nudgeFigure(figure(change.index), change.dx, change.dz);
              break;
            case 'drag':
              s().previewDrag(figure(change.index), { x: change.x, z: change.z, facing: change.facing });
              advance(50);
              s().previewDrag(figure(change.index), { x: change.z, z: change.x, facing: change.facing + 10 });
              s().endDrag(change.commit);
              break;
            case 'turn':
              s().turnFigureBy(figure(change.index), change.by);
              break;
            case 'posture':
              s().setPosture(figure(change.index), change.posture);
              break;
            case 'add':
              s().addFigure(change.kind, change.size, change.label);
              break;
            case 'remove':
              s().removeFigure(figure(change.index));
              break;
            case 'rename':
              s().renameFigure(figure(change.index), change.label);
              break;
            case 'recolour':
              s().recolourFigure(figure(change.index), change.colour);
              break;
            case 'release':
              s().releaseFigure(figure(change.index));
              break;
            case 'phase':
              s().goToPhase(change.phase);
              break;
            case 'note':
              s().setNote(change.phase, change.text);
              break;
            case 'expression':
              s().markExpression(figure(change.index), change.kind, change.text);
              break;
            case 'statement':
              s().setStatement(figure(change.index), change.text);
              break;
            case 'arousal':
              s().markArousal(change.zone ? { zone: change.zone } : { value: change.value });
              break;
            case 'sharing':
              s().setSharingOrder([...new Set(change.indices.map(figure))].filter((id) => s().room.figures[id]));
              break;
            case 'pause':
              s().pauseRecording();
              break;
            case 'resume':
              s().resumeRecording();
              break;
            case 'finish':
              s().finishSession();
              break;
          }
        }
        // A drag to x = -0 records -0, which JSON writes as 0: the one change a file makes, and no change in meaning.
        const session = withoutNegativeZero(snapshot());
        expect(read(sessionFileText(session, EXPORTED)).session).toEqual(session);
        expect(readSessionFile(backupFileText([session], EXPORTED))).toEqual({ ok: true, kind: 'backup', sessions: [session], skipped: [] });
      }),
      { numRuns: 150 },
    );
  });
});

describe('readSessionFile refuses, naming the problem', () => {
  it('text that is not JSON, or is empty', () => {
    expect(problemOf('Hei, dette er ikke JSON')).toMatchObject({ code: 'not-json' });
    expect(problemOf('')).toEqual({ code: 'not-json', detail: 'the file is empty' });
    expect(problemOf('  \n ')).toMatchObject({ code: 'not-json' });
    expect(problemOf("{ format: 'resonans-session' }")).toMatchObject({ code: 'not-json' });
  });

  it('a truncated file', () => {
    const text = sessionFileText(recordedSession(), EXPORTED);
    for (const length of [1, 10, Math.floor(text.length / 2), text.length - 3]) {
      const problem = problemOf(text.slice(0, length));
      // Once the format says it is a Resonans file, a cut-off one is a damaged one.
      expect(problem.code).toBe(length > 30 ? 'damaged' : 'not-json');
      expect(problem.detail).toContain('cut off');
    }
  });

  it.each([
    ['[]', 'a list'],
    ['[{"format":"resonans-session"}]', 'a list'],
    ['42', 'number'],
    ['"resonans-session"', 'text'],
    ['null', 'null'],
    ['true', 'true'],
  ])('the JSON %s, which is not an object', (text, words) => {
    const problem = problemOf(text);
    expect(problem.code).toBe('not-a-session-file');
    expect(problem.detail).toContain(words);
  });

  it('JSON of another format, or of none', () => {
    expect(problemOf(JSON.stringify({ type: 'excalidraw', version: 2, elements: [] }))).toEqual({
      code: 'not-a-session-file',
      detail: 'format: the file has no format; a Resonans file has "resonans-session" or "resonans-backup"',
    });
    const doc = docOf();
    doc.format = 'resonans-library';
    expect(problemOf(textOf(doc))).toMatchObject({ code: 'not-a-session-file', detail: expect.stringContaining('"resonans-library"') as unknown });
  });

  it('a newer version, saying so', () => {
    for (const version of [2, 17]) {
      const doc = { ...docOf(), version, session: 'whatever version 2 holds' };
      const problem = problemOf(textOf(doc));
      expect(problem.code).toBe('newer-version');
      expect(problem.detail).toBe(
        `version: the file has version ${version}, written by a newer Resonans; this Resonans reads versions up to ${CURRENT_FILE_VERSION}. Update Resonans to open it.`,
      );
    }
    expect(problemOf(backupFileText([], EXPORTED).replace('"version":1', '"version":2')).code).toBe('newer-version');
  });

  it.each([
    [undefined, 'is missing'],
    ['1', '"1"'],
    [1.5, '1.5'],
    [-1, '-1'],
    [null, 'null'],
  ])('a version of %o', (version, words) => {
    const doc: Record<string, unknown> = docOf();
    if (version === undefined) delete doc.version;
    else doc.version = version;
    const problem = problemOf(textOf(doc));
    expect(problem.code).toBe('invalid');
    expect(problem.detail).toContain('version: must be a whole number');
    expect(problem.detail).toContain(words === 'is missing' ? 'missing' : words);
  });

  it('an older version there is no migration for', () => {
    expect(problemOf(textOf({ ...docOf(), version: 0 }))).toEqual({
      code: 'invalid',
      detail: 'version: the file has version 0, which cannot be read: there is no migration from file version 0 to a newer one',
    });
  });

  it('a missing session, envelope field or session field', () => {
    const doc: Record<string, unknown> = docOf();
    delete doc.session;
    expect(problemOf(textOf(doc))).toEqual({ code: 'invalid', detail: 'session: is missing' });
    const noDate: Record<string, unknown> = docOf();
    delete noDate.exportedAt;
    expect(problemOf(textOf(noDate)).detail).toBe('exportedAt: is missing');
    const noRoom = docOf() as unknown as { session: Record<string, unknown> };
    delete noRoom.session.room;
    expect(problemOf(textOf(noRoom)).detail).toBe('session.room: is missing');
  });

  it('wrong types, naming the field', () => {
    const doc = docOf();
    doc.session.info.elements = 'Jeg vil';
    expect(problemOf(textOf(doc))).toEqual({ code: 'invalid', detail: 'session.info.elements: must be a list (a JSON array), but is "Jeg vil"' });
    const pseudonymised = { ...docOf(), pseudonymised: 'yes' };
    expect(problemOf(textOf(pseudonymised)).detail).toBe('pseudonymised: must be true or false, but is "yes"');
    const template = docOf();
    template.session.info.template = 'gestalt';
    expect(problemOf(textOf(template)).detail).toBe('session.info.template: must be one of "iopt" | "rtt" | "family" | "free", but is "gestalt"');
  });

  it.each(['NaN', 'Infinity', '-Infinity', '1', ''])('the NaN-like string %o for a number', (value) => {
    const doc = docOf();
    const id = doc.session.room.order[0]!;
    firstFigure(doc).pose.x = value;
    expect(problemOf(textOf(doc))).toEqual({ code: 'invalid', detail: `session.room.figures.${id}.pose.x: must be a number, but is "${value}"` });
    const created = docOf();
    created.session.info.createdAt = value;
    expect(problemOf(textOf(created)).detail).toBe(`session.info.createdAt: must be a number, but is "${value}"`);
  });

  it('a number too large for JSON, read as Infinity', () => {
    const doc = docOf();
    firstFigure(doc).pose.facing = 123.456;
    const problem = problemOf(textOf(doc).replace('123.456', '1e999'));
    expect(problem.detail).toBe(`session.room.figures.${doc.session.room.order[0]!}.pose.facing: must be a finite number, but is Infinity`);
  });

  it('a pose outside the room, in the room, the initial room or an event', () => {
    const doc = docOf();
    const id = doc.session.room.order[0]!;
    firstFigure(doc).pose.x = 1e6;
    expect(problemOf(textOf(doc))).toEqual({ code: 'invalid', detail: `session.room.figures.${id}.pose.x: must be at most 3, but is 1000000` });
    const initial = docOf();
    initial.session.recording.initialRoom.figures[id]!.pose.z = -3.5;
    expect(problemOf(textOf(initial)).detail).toBe(`session.recording.initialRoom.figures.${id}.pose.z: must be at least -3, but is -3.5`);
    const recorded = docOf(recordedSession());
    const poseEvent = recorded.session.recording.events.findIndex((event) => event.type === 'pose');
    (recorded.session.recording.events[poseEvent]!.pose as Record<string, unknown>).facing = 400;
    expect(problemOf(textOf(recorded)).detail).toBe(`session.recording.events.${poseEvent}.pose.facing: must be at most 360, but is 400`);
  });

  it('events going back in time, saying where', () => {
    const doc = docOf(recordedSession());
    const events = doc.session.recording.events;
    const later = events.findIndex((event) => (event.t as number) > 0);
    events[later + 1]!.t = 0;
    const problem = problemOf(textOf(doc));
    expect(problem.code).toBe('invalid');
    expect(problem.detail).toBe(
      `session.recording.events: the events are not in order of time: event ${later + 1} has t = 0, earlier than the event before it (t = ${String(events[later]!.t)})`,
    );
  });

  it('a negative or non-finite event time', () => {
    const doc = docOf(recordedSession());
    doc.session.recording.events[0]!.t = -5;
    expect(problemOf(textOf(doc)).detail).toBe('session.recording.events.0.t: must be at least 0, but is -5');
  });

  it('an unknown event type', () => {
    const doc = docOf();
    doc.session.recording.events.push({ type: 'teleport', t: 5, figureId: doc.session.room.order[0] });
    const problem = problemOf(textOf(doc));
    expect(problem.code).toBe('invalid');
    expect(problem.detail).toMatch(/^session\.recording\.events\.0\.type: must be one of "pose" \| .*"finished", but is "teleport"$/);
  });

  it('an event for a figure that is neither in the initial room nor added before', () => {
    const doc = docOf();
    doc.session.recording.events.push({ type: 'statement', t: 5, figureId: 'f-99', text: 'Hallo' });
    expect(problemOf(textOf(doc))).toEqual({
      code: 'invalid',
      detail: 'session.recording.events.0.figureId: the figure "f-99" is not in the initial room and no earlier figureAdded event brings it in',
    });
    const sharing = docOf();
    sharing.session.recording.events.push({ type: 'sharingOrder', t: 5, figureIds: [sharing.session.room.order[0], 'ghost'] });
    expect(problemOf(textOf(sharing)).detail).toContain('session.recording.events.0.figureIds.1: the figure "ghost"');
  });

  it('an event for a figure before it was added, but not after', () => {
    const session = recordedSession();
    const added = session.recording.events.findIndex((event) => event.type === 'figureAdded');
    const event = session.recording.events[added];
    if (event?.type !== 'figureAdded') throw new Error('no figure added');
    const doc = docOf(session);
    const early = { type: 'expression', t: 0, figureId: event.figureId, kind: 'text', text: 'too early' };
    doc.session.recording.events.splice(0, 0, early);
    expect(problemOf(textOf(doc)).detail).toContain(`session.recording.events.0.figureId: the figure "${event.figureId}"`);
    const late = docOf(session);
    late.session.recording.events.push({ ...early, t: 10_000_000 });
    expect(readSessionFile(textOf(late)).ok).toBe(true);
  });

  it('a label of 10,000 characters, and a text over 10,000', () => {
    const doc = docOf();
    const id = doc.session.room.order[0]!;
    firstFigure(doc).label = 'ø'.repeat(10_000);
    expect(problemOf(textOf(doc))).toEqual({
      code: 'invalid',
      detail: `session.room.figures.${id}.label: is too long: at most ${MAX_LABEL_LENGTH} characters are allowed, but it has 10000`,
    });
    const note = docOf();
    note.session.recording.events.push({ type: 'note', t: 0, phase: 0, text: 'å'.repeat(10_000) });
    expect(readSessionFile(textOf(note)).ok).toBe(true);
    note.session.recording.events[0]!.text = 'å'.repeat(10_001);
    expect(problemOf(textOf(note)).detail).toBe('session.recording.events.0.text: is too long: at most 10000 characters are allowed, but it has 10001');
  });

  it('an empty label and an empty id', () => {
    const doc = docOf();
    firstFigure(doc).label = '';
    expect(problemOf(textOf(doc)).detail).toMatch(/label: must not be empty$/);
  });

  it('a room whose order does not match its figures', () => {
    const doc = docOf();
    doc.session.room.order.pop();
    expect(problemOf(textOf(doc)).detail).toBe('session.room: the order of figures does not match the figures');
  });

  it('a field the format does not name, anywhere, naming it', () => {
    expect(problemOf(textOf({ ...docOf(), comment: 'hei' })).detail).toBe('comment: is not a field of a Resonans file; the file format does not allow it');
    const doc = docOf();
    (firstFigure(doc).pose as Record<string, unknown>).y = 1;
    expect(problemOf(textOf(doc)).detail).toMatch(/^session\.room\.figures\.[\w-]+\.pose\.y: is not a field of a Resonans file/);
    const event = docOf(recordedSession());
    (event.session.recording.events[0] as Record<string, unknown>).speed = 2;
    expect(problemOf(textOf(event)).detail).toBe('session.recording.events.0.speed: is not a field of a Resonans file; the file format does not allow it');
  });

  it.each([...PROTOTYPE_NAMES])('a figure id that names a prototype member: %s', (name) => {
    const doc = docOf(recordedSession());
    const event = doc.session.recording.events.find((candidate) => typeof candidate.figureId === 'string')!;
    event.figureId = name;
    const problem = problemOf(textOf(doc));
    expect(problem.code).toBe('invalid');
    expect(problem.detail).toMatch(/figureId: (is a name the app reserves|may hold only)/);
  });

  it('times beyond any date or session, such as 1e300', () => {
    const doc = docOf(recordedSession());
    doc.session.recording.events[0]!.t = 1e300;
    expect(problemOf(textOf(doc)).detail).toBe('session.recording.events.0.t: must be at most 3600000000, but is 1e+300');
    const created = docOf();
    created.session.info.createdAt = 1e300;
    expect(problemOf(textOf(created)).detail).toBe('session.info.createdAt: must be at most 8640000000000000, but is 1e+300');
    expect(problemOf(textOf({ ...docOf(), exportedAt: 9e15 })).detail).toBe('exportedAt: must be at most 8640000000000000, but is 9000000000000000');
  });

  it('a backup whose sessions are all bad, naming the first', () => {
    const doc = JSON.parse(backupFileText([newSession(), newSession([], 'g')], EXPORTED)) as { sessions: Json['session'][] };
    doc.sessions[0]!.info.clientPseudonym = 'x'.repeat(61);
    doc.sessions[1]!.info.createdAt = 1e300;
    expect(problemOf(textOf(doc)).detail).toBe('sessions.0.info.clientPseudonym: is too long: at most 60 characters are allowed, but it has 61');
  });

  /** The file with one part written by hand, as a hostile program might write it. */
  function withPart(where: 'file' | 'info' | 'figures' | 'events'): string {
    const doc = docOf();
    const placed = (change: Partial<Json['session']>) => textOf({ ...doc, session: { ...doc.session, ...change } });
    switch (where) {
      case 'file':
        return `{"__proto__":{"polluted":true},${textOf(doc).slice(1)}`;
      case 'info':
        return placed({ info: { x: '@' } }).replace('{"x":"@"}', `{"__proto__":{"polluted":true},${textOf(doc.session.info).slice(1)}`);
      case 'figures':
        return placed({ room: { ...doc.session.room, figures: { x: firstFigure(doc) } } }).replace(/"figures":\{"x":/, `"figures":{"__proto__":`);
      case 'events':
        return placed({ recording: { ...doc.session.recording, events: [] } }).replace(
          '"events":[]',
          '"events":[{"type":"paused","t":0,"constructor":{"prototype":{"polluted":true}}}]',
        );
    }
  }

  it.each([
    ['file', '__proto__'],
    ['info', 'session.info.__proto__'],
    ['figures', 'session.room.figures.__proto__'],
    ['events', 'session.recording.events.0.constructor'],
  ] as const)('a __proto__ or constructor key in the %s, without polluting anything', (where, path) => {
    const text = withPart(where);
    expect(text).toMatch(/"(__proto__|constructor)":/);
    const key = path.split('.').at(-1) ?? '';
    expect(readSessionFile(text)).toEqual({
      ok: false,
      problem: { code: 'invalid', detail: `${path}: a key named "${key}" is not allowed in a Resonans file` },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('deeply nested JSON, without running out of stack', () => {
    const depth = 200_000;
    const doc = docOf();
    const text = textOf({ ...doc, session: { ...doc.session, info: { ...doc.session.info, elements: '@' } } }).replace(
      '"@"',
      `${'['.repeat(depth)}${']'.repeat(depth)}`,
    );
    expect(readSessionFile(text)).toMatchObject({ ok: false, problem: { code: expect.stringMatching(/invalid|not-json/) as unknown } });
  });
});

describe('readSessionFile accepts', () => {
  it('a file without pseudonymised, as not pseudonymised', () => {
    const doc: Record<string, unknown> = docOf();
    delete doc.pseudonymised;
    expect(read(textOf(doc)).pseudonymised).toBe(false);
  });

  it('a file written on one line, with another app name', () => {
    const session = newSession();
    const doc = { ...docOf(session), app: 'Konstellasjon 2.0' };
    expect(read(JSON.stringify(doc)).session).toEqual(session);
  });

  it('a backup with bad sessions, keeping the good ones and naming the bad ones', () => {
    const good = newSession();
    const twice = newSession([], 'g');
    const doc = JSON.parse(backupFileText([good, twice, newSession(['a'], 'h'), twice], EXPORTED)) as { sessions: Json['session'][] };
    doc.sessions[2]!.info.clientPseudonym = 'x'.repeat(61);
    const result = readSessionFile(textOf(doc));
    expect(result).toEqual({
      ok: true,
      kind: 'backup',
      sessions: [good, twice],
      skipped: [
        { index: 2, client: `${'x'.repeat(60)}…`, detail: 'sessions.2.info.clientPseudonym: is too long: at most 60 characters are allowed, but it has 61' },
        { index: 3, client: twice.info.clientPseudonym, detail: `sessions.3.info.id: the id "${twice.info.id}" is already used by sessions.1` },
      ],
    });
  });

  it('a session without a recording, which starts one from its room', () => {
    const session = newSession();
    const doc = docOf(session) as unknown as { session: Record<string, unknown> };
    delete doc.session.recording;
    expect(read(textOf(doc)).session).toEqual(session);
  });

  it('a facing of 360 in the room, read as 0', () => {
    const doc = docOf();
    firstFigure(doc).pose.facing = 360;
    expect(read(textOf(doc)).session.room.figures[doc.session.room.order[0] as FigureId]?.pose.facing).toBe(0);
  });
});

describe('readSessionFile never throws', () => {
  const base = sessionFileText(recordedSession(), EXPORTED);
  const numbers = [...base.matchAll(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi)].map((match) => ({ at: match.index, length: match[0].length }));
  const replacements = ['1e308', '1e999', '-1e999', '9007199254740993', '-0', '1e-400', '"NaN"', '"12"', 'null', 'true', '{}', '[]', '3.0000001', '-3.5'];

  it('for any text', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom(...'{}[]":,0123456789.eE-+ tfnrul\\') })), (text) => {
        expectSound(readSessionFile(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('for any JSON value, alone or in a session envelope', { timeout: 60_000 }, () => {
    const envelope = JSON.parse(base) as Record<string, unknown>;
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.constantFrom('format', 'version', 'exportedAt', 'app', 'pseudonymised', 'session', 'info', 'room', 'recording', 'events'),
        (value, where) => {
          expectSound(readSessionFile(JSON.stringify(value)));
          const doc = structuredClone(envelope) as Json;
          if (where === 'session') doc.session = value as Json['session'];
          else if (where === 'info') doc.session.info = value as Record<string, unknown>;
          else if (where === 'room') doc.session.room = value as Json['session']['room'];
          else if (where === 'recording') doc.session.recording = value as Json['session']['recording'];
          else if (where === 'events') doc.session.recording.events.splice(3, 1, value as Record<string, unknown>);
          else doc[where] = value;
          expectSound(readSessionFile(JSON.stringify(doc)));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('for any damage to a valid file', { timeout: 60_000 }, () => {
    const at = fc.nat({ max: base.length - 1 });
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), at }),
      fc.record({ kind: fc.constant('replace' as const), at, with: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }) }),
      fc.record({ kind: fc.constant('replace' as const), at, with: fc.constantFrom(...'{}[]":,0-.e') }),
      fc.record({ kind: fc.constant('truncate' as const), at }),
      fc.record({ kind: fc.constant('duplicate' as const), at, length: fc.nat({ max: 400 }) }),
      fc.record({ kind: fc.constant('number' as const), which: fc.nat(), with: fc.constantFrom(...replacements) }),
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        let text = base;
        for (const change of mutations) {
          if (change.kind === 'number') {
            const number = numbers[change.which % numbers.length]!;
            if (text === base) text = text.slice(0, number.at) + change.with + text.slice(number.at + number.length);
            continue;
          }
          const position = change.at % Math.max(text.length, 1);
          if (change.kind === 'delete') text = text.slice(0, position) + text.slice(position + 1);
          else if (change.kind === 'replace') text = text.slice(0, position) + change.with + text.slice(position + 1);
          else if (change.kind === 'truncate') text = text.slice(0, position);
          else text = text.slice(0, position) + text.slice(position, position + change.length) + text.slice(position);
        }
        const result = readSessionFile(text);
        expectSound(result);
        if (result.ok) accepted += 1;
        if (result.ok && result.kind === 'session') {
          expect(sessionFileText(read(sessionFileText(result.session, EXPORTED)).session, EXPORTED)).toBe(sessionFileText(result.session, EXPORTED));
        }
      }),
      { numRuns: 3000 },
    );
    // Some damage leaves a valid file (a changed letter in a label, a number still in range): those paths are exercised too.
    expect(accepted).toBeGreaterThan(0);
  });
});

describe('docs/session-file.md', () => {
  it('has a complete example that Resonans reads', () => {
    const example = fileDocs.slice(fileDocs.indexOf('## A complete example'));
    const json = /```json\n([\s\S]*?)```/.exec(example)?.[1] ?? '';
    const result = read(json);
    expect(result.session.recording.events).toHaveLength(8);
    expect(result.session.room.order).toEqual(['c1', 'i1', 'p1']);
  });
});

describe('docs/session-file.schema.json', () => {
  const defs = fileSchema.$defs;

  it('allows the ids the code allows: the same pattern, and none of the prototype names', () => {
    expect(defs.id.pattern).toBe(ID_PATTERN.source);
    expect(new Set(defs.id.not.enum)).toEqual(PROTOTYPE_NAMES);
  });

  it('is JSON Schema 2020-12, for both kinds of file at the current version', () => {
    // The draft's own identifier; nothing is fetched from it.
    expect(fileSchema.$schema).toMatch(/\/draft\/2020-12\/schema$/);
    expect(defs.sessionFile.properties.format.const).toBe('resonans-session');
    expect(defs.backupFile.properties.format.const).toBe('resonans-backup');
    expect(defs.sessionFile.properties.version.const).toBe(CURRENT_FILE_VERSION);
    expect(defs.backupFile.properties.version.const).toBe(CURRENT_FILE_VERSION);
  });

  it('names the same values as the code', () => {
    expect(defs.figure.properties.kind.enum).toEqual([...FIGURE_KINDS]);
    expect(defs.figure.properties.colour.enum).toEqual([...FIGURE_COLOURS]);
    expect(defs.figure.properties.size.enum).toEqual([...FIGURE_SIZES]);
    expect(defs.appearance.properties.kind.enum).toEqual([...FIGURE_KINDS]);
    expect(defs.appearance.properties.colour.enum).toEqual([...FIGURE_COLOURS]);
    expect(defs.pose.properties.posture.enum).toEqual([...POSTURES]);
    expect(defs.sessionInfo.properties.template.enum).toEqual([...PHASE_TEMPLATE_IDS]);
    expect(defs.label.maxLength).toBe(MAX_LABEL_LENGTH);
    const events = defs.event.oneOf.map((event) => event.properties.type.const);
    expect(events).toEqual([
      'pose',
      'figureAdded',
      'figureRemoved',
      'figureChanged',
      'phase',
      'note',
      'expression',
      'arousal',
      'sharingOrder',
      'statement',
      'paused',
      'resumed',
      'finished',
    ]);
  });

  it('has the same fields as the valibot schemas', () => {
    expect(Object.keys(defs.sessionInfo.properties).sort()).toEqual(Object.keys(SessionInfoSchema.entries).sort());
    expect(Object.keys(defs.figure.properties).sort()).toEqual(Object.keys(FigureSchema.entries).sort());
    expect(Object.keys(defs.pose.properties).sort()).toEqual(Object.keys(PoseSchema.entries).sort());
    expect(Object.keys(defs.appearance.properties).sort()).toEqual(Object.keys(AppearanceSchema.entries).sort());
    const eventFields = (options: readonly { entries: object }[]) => options.map((option) => Object.keys(option.entries).sort());
    expect(eventFields(defs.event.oneOf.map((event) => ({ entries: event.properties })))).toEqual(eventFields(RecordedEventSchema.options));
  });

  it('requires every field a written file has', () => {
    const doc = JSON.parse(sessionFileText(recordedSession(), EXPORTED)) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(defs.sessionFile.required));
    expect(Object.keys(defs.sessionFile.properties).sort()).toEqual(Object.keys(doc).sort());
  });
});
