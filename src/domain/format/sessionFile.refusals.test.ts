import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LABEL_LENGTH } from '../model/figure';
import { PROTOTYPE_NAMES } from './fieldSchemas';
import { CURRENT_FILE_VERSION } from './migrations';
import { backupFileText, readSessionFile, sessionFileText } from './sessionFile';

import type { Json } from './sessionFileFixtures';
import { EXPORTED, docOf, expectSound, firstFigure, newSession, problemOf, read, recordedSession, textOf } from './sessionFileFixtures';

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
    for (const version of [3, 17]) {
      const doc = { ...docOf(), version, session: 'whatever version 3 holds' };
      const problem = problemOf(textOf(doc));
      expect(problem.code).toBe('newer-version');
      expect(problem.detail).toBe(
        `version: the file has version ${version}, written by a newer Resonans; this Resonans reads versions up to ${CURRENT_FILE_VERSION}. Update Resonans to open it.`,
      );
    }
    expect(problemOf(backupFileText([], EXPORTED).replace('"version":2', '"version":3')).code).toBe('newer-version');
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
