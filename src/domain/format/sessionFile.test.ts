import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fileDocs from '../../../docs/session-file.md?raw';
import fileSchema from '../../../docs/session-file.schema.json';
import { generateLongSession } from '../../../bench/generateLongSession';
import { FIGURE_COLOURS, FIGURE_KINDS, FIGURE_SIZES, MAX_LABEL_LENGTH } from '../model/figure';
import { type FigureId } from '../model/ids';
import { PHASE_TEMPLATE_IDS } from '../model/phaseTemplate';
import { POSTURES } from '../model/pose';
import { type Session } from '../model/session';
import { AROUSAL_ZONES, EXPRESSION_KINDS } from '../recording/events';
import { ID_PATTERN, PROTOTYPE_NAMES } from './fieldSchemas';
import { CURRENT_FILE_VERSION } from './migrations';
import { backupFileText, readSessionFile, sessionFileText } from './sessionFile';
import { PoseSchema } from './poseSchema';
import { englishDemoSession } from './testSessions';
import { AppearanceSchema, RecordedEventSchema } from './recordingSchema';
import { FigureSchema, SessionInfoSchema } from './sessionSchema';

import type { Json } from './sessionFileFixtures';
import { EXPORTED, docOf, firstFigure, newSession, open, read, recordedSession, textOf, withoutNegativeZero } from './sessionFileFixtures';

describe('sessionFileText', () => {
  it('writes the envelope as compact JSON, with no spaces between fields', () => {
    const text = sessionFileText(newSession(), EXPORTED);
    expect(text.startsWith('{"format":"resonans-session","version":2,"exportedAt":1760000000000,"app":"Resonans",')).toBe(true);
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
    expect(text.startsWith('{"format":"resonans-backup","version":2,')).toBe(true);
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
      'resonance',
      'mover',
      'wordlessEnded',
      'leavingRole',
      'regulation',
      'bodyTone',
      'resources',
      'remote',
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
