// @vitest-environment node
// Node's own Blob streams and CompressionStream: jsdom's Blob cannot be read as a stream.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../bench/generateLongSession';
import { readResonansFile } from '../../domain/format/resonansFile';
import { backupFileText, type ImportResult, readSessionFile, sessionFileText } from '../../domain/format/sessionFile';
import { parseSession } from '../../domain/format/sessionSchema';
import { counterIds } from '../../domain/model/ids';
import { createSession } from '../../domain/model/session';
import { epochMillis } from '../../domain/model/units';
import { createMemorySessionRepository } from '../../persistence/memorySessionRepository';
import { createResonansStore } from '../../store/createStore';
import { storeImported } from './storeImported';

/**
 * 10,000 files, random and mutated from real ones (seeded, so every run reads the same files):
 * none may crash the reader, a refused one must leave the library exactly as it was and say
 * what is wrong, and an accepted one must hold only sessions that pass every check again.
 */

const FILES = 10_000;
const EXPORTED = epochMillis(1_760_000_000_000);

function smallRecordedSession(prefix: string) {
  let now = 1_760_000_000_000;
  const clock = () => epochMillis(now);
  const ids = counterIds(prefix);
  const created = createSession(
    { clientPseudonym: 'Kari', intention: 'Eg vil sove betre', template: 'iopt', elements: ['Eg', 'vil', 'sove', 'betre'] },
    { client: 'Me', intention: 'Intention' },
    { ids, now: clock },
  );
  const store = createResonansStore({ ids, now: clock });
  store.getState().openSession(created);
  const [client, , eg] = store.getState().room.order;
  now += 1500;
  store.getState().nudgeFigure(client!, 0.2, -0.1);
  store.getState().goToPhase(1);
  store.getState().setNote(1, 'Kari spoke of her father.');
  store.getState().markExpression(eg!, 'sound', 'a sigh');
  store.getState().addFigure('person', 'adult', 'Father');
  store.getState().markArousal({ value: 4 });
  const { session, room, recording } = store.getState();
  return { info: session!, room, recording: { initialRoom: recording!.initialRoom, events: [...recording!.events] } };
}

const session = smallRecordedSession('f');
const other = smallRecordedSession('g');
const BASES = [
  sessionFileText(session, EXPORTED),
  JSON.stringify(JSON.parse(sessionFileText(session, EXPORTED)), null, 2),
  backupFileText([session], EXPORTED),
  backupFileText([session, other], EXPORTED),
];

const HOSTILE: readonly unknown[] = [
  1e300,
  -1e300,
  -1,
  0.5,
  Number.MAX_SAFE_INTEGER + 2,
  'NaN',
  'Infinity',
  'toString',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'valueOf',
  '',
  'x'.repeat(20_000),
  '<script>alert(1)</script>',
  null,
  true,
  [],
  {},
  [[[[[]]]]],
  { toString: 1 },
  { __proto__: { polluted: true } },
];
const PUNCTUATION = '{}[]",:\\ 0123456789eE.-+truefalsnul\n\t\u0000\u2028\ud800é🙂';

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const int = (random: Random, below: number) => Math.floor(random() * below);

function randomText(random: Random): string {
  const length = int(random, 300);
  let text = random() < 0.5 ? '{' : '';
  for (let i = 0; i < length; i += 1) text += pick(random, [...PUNCTUATION]);
  return text;
}

/** Changes the characters: cut, insert, replace, repeat a slice. */
function mutateText(random: Random, text: string): string {
  const at = int(random, text.length + 1);
  switch (int(random, 5)) {
    case 0:
      return text.slice(0, at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + int(random, 40));
    case 2:
      return text.slice(0, at) + randomText(random).slice(0, 1 + int(random, 5)) + text.slice(at);
    case 3:
      return text.slice(0, at) + pick(random, [...PUNCTUATION]) + text.slice(at + 1);
    default:
      return text.slice(0, at) + text.slice(int(random, text.length), int(random, text.length)) + text.slice(at);
  }
}

/** Every container in a document with the key or index of one of its entries. */
function places(doc: unknown): { parent: Record<string, unknown> | unknown[]; key: string | number }[] {
  const found: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) value.forEach((item, index) => (found.push({ parent: value, key: index }), stack.push(item)));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        found.push({ parent: value as Record<string, unknown>, key });
        stack.push(item);
      }
    }
  }
  return found;
}

/** Changes the structure: a hostile value, a missing or unknown field, a prototype name as a key, events out of order. */
function mutateDoc(random: Random, text: string): string {
  const doc = JSON.parse(text) as unknown;
  const all = places(doc);
  const place = pick(random, all);
  const { parent, key } = place;
  switch (int(random, 5)) {
    case 0:
      (parent as Record<string | number, unknown>)[key] = structuredClone(pick(random, HOSTILE));
      break;
    case 1:
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else Reflect.deleteProperty(parent, key);
      break;
    case 2:
      if (!Array.isArray(parent)) parent[pick(random, ['extra', 'toString', 'y', 'speed', 'version2'])] = pick(random, HOSTILE);
      break;
    case 3:
      if (!Array.isArray(parent)) {
        const value = parent[key as string];
        Reflect.deleteProperty(parent, key);
        // A key set this way is an own property, as JSON.parse would make it.
        Object.defineProperty(parent, pick(random, ['__proto__', 'constructor', 'prototype', 'toString']), {
          value,
          enumerable: true,
          configurable: true,
          writable: true,
        });
      }
      break;
    default:
      if (Array.isArray(parent) && parent.length > 1) {
        const other = int(random, parent.length);
        [parent[key as number], parent[other]] = [parent[other], parent[key as number]];
      }
  }
  return JSON.stringify(doc);
}

function nextFile(random: Random): string {
  const kind = random();
  if (kind < 0.15) return randomText(random);
  let text = pick(random, BASES);
  const steps = 1 + int(random, 3);
  for (let step = 0; step < steps; step += 1) {
    try {
      text = random() < 0.6 ? mutateDoc(random, text) : mutateText(random, text);
    } catch {
      text = mutateText(random, text);
    }
  }
  return text;
}

const CODES = ['not-json', 'not-a-session-file', 'newer-version', 'invalid', 'damaged', 'too-large'];

/** A refusal says what is wrong: a known cause, and for a field, its path first. */
function expectNamed(result: Extract<ImportResult, { ok: false }>, file: string) {
  expect(CODES, file.slice(0, 300)).toContain(result.problem.code);
  expect(result.problem.detail.length).toBeGreaterThan(5);
  // A field is named by its path: plain keys, or quoted ones when a key is odd.
  if (result.problem.code === 'invalid') expect(result.problem.detail, file.slice(0, 300)).toMatch(/^([\w:-]+|"[^"\n]*")(\.([\w:-]+|"[^"\n]*"))*: \S/);
}

describe('import of 10,000 random and mutated files', () => {
  it('never crashes, never changes the library for a refused file, and names what is wrong', { timeout: 300_000 }, async () => {
    const random = seededRandom(20261128);
    // The library the files are imported into: it holds a session already, and must keep it as it was.
    const library = createMemorySessionRepository();
    await library.save(session, EXPORTED, 0);
    const untouched = await library.list();
    const ids = counterIds('imported');
    const now = () => EXPORTED;
    let accepted = 0;
    let refused = 0;
    for (let n = 0; n < FILES; n += 1) {
      const text = nextFile(random);
      // One in ten goes the whole way a file goes: bytes, gzip (sometimes cut off), a stream.
      let result: ImportResult;
      if (n % 10 === 0) {
        const bytes = random() < 0.5 ? gzipSync(text) : Buffer.from(text);
        result = await readResonansFile(new Blob([random() < 0.2 ? bytes.subarray(0, int(random, bytes.length)) : bytes]));
      } else {
        result = readSessionFile(text);
      }
      if (!result.ok) {
        refused += 1;
        expectNamed(result, text);
        continue;
      }
      accepted += 1;
      const sessions = result.kind === 'session' ? [result.session] : result.sessions;
      for (const read of sessions) expect(parseSession(JSON.parse(JSON.stringify(read))).ok).toBe(true);
      // An accepted file is stored as the app stores it, into a library of its own, and reads back.
      const own = createMemorySessionRepository();
      await storeImported(own, sessions, { replace: false, existingIds: new Set(), ids, now });
      for (const read of sessions) expect(await own.load(read.info.id)).toEqual(read);
    }
    // Nothing was written to the library: a refused file never reaches it.
    expect(library.saves).toBe(1);
    expect(await library.list()).toEqual(untouched);
    // The mutations reach both sides: most files are refused, and some still read.
    expect(refused).toBeGreaterThan(FILES / 2);
    expect(accepted).toBeGreaterThan(0);
  });
});
