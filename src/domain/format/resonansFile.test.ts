// @vitest-environment node
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateLongSession } from '../../../bench/generateLongSession';
import { epochMillis } from '../model/units';
import { encryptText } from './encryption';
import { createScanner, ScanProblem } from './jsonScanner';
import { readResonansFile, writeResonansFile } from './resonansFile';
import { backupFileText, type ImportResult, readTextChunks, sessionFileText } from './sessionFile';
import { englishDemoSession } from './testSessions';

const EXPORTED = epochMillis(1_760_000_000_000);
const FAST = 1000; // PBKDF2 iterations: the lowest encryption.ts allows, so tests stay quick
const demo = englishDemoSession();
const long = generateLongSession({ hours: 0.25, figures: 8, dragShare: 0.3, sampleHz: 20, seed: 7 });
const text = (blob: Blob) => blob.text();

function problem(result: ImportResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problem;
}

describe('writeResonansFile and readResonansFile', () => {
  it('write gzip of compact JSON, and read it back as it was', async () => {
    const file = await writeResonansFile({ kind: 'session', session: long, pseudonymised: false }, EXPORTED);
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    expect(bytes.length).toBeLessThan(sessionFileText(long, EXPORTED).length / 4);
    expect(await readResonansFile(file)).toEqual({ ok: true, kind: 'session', session: long, pseudonymised: false });
  });

  it('write a backup from sessions given one at a time, and read every one back', async () => {
    async function* sessions() {
      yield demo;
      yield long;
    }
    const file = await writeResonansFile({ kind: 'backup', sessions: sessions() }, EXPORTED);
    expect(await readResonansFile(file)).toEqual({ ok: true, kind: 'backup', sessions: [demo, long], skipped: [] });
  });

  it('protect a file: compressed, then encrypted; it opens only with its passphrase', async () => {
    const file = await writeResonansFile({ kind: 'backup', sessions: [demo, long] }, EXPORTED, { passphrase: 'stille vann', iterations: FAST });
    const raw = new Uint8Array(await file.arrayBuffer());
    const header = new TextDecoder().decode(raw.subarray(0, raw.indexOf(10)));
    expect(JSON.parse(header)).toMatchObject({ format: 'resonans-encrypted', version: 2, compression: 'gzip', cipher: { name: 'AES-GCM' } });
    // Compressed before it was encrypted: far smaller than the JSON.
    expect(raw.length).toBeLessThan(backupFileText([demo, long], EXPORTED).length / 4);
    expect(new TextDecoder().decode(raw)).not.toContain('Demo client');
    expect(problem(await readResonansFile(file)).code).toBe('needs-passphrase');
    expect(problem(await readResonansFile(file, 'wrong words')).code).toBe('wrong-passphrase');
    expect(await readResonansFile(file, 'stille vann')).toEqual({ ok: true, kind: 'backup', sessions: [demo, long], skipped: [] });
  });

  it('a protected file changed or cut off is refused as damaged or changed, never read', async () => {
    const file = await writeResonansFile({ kind: 'session', session: demo, pseudonymised: false }, EXPORTED, { passphrase: 'stille vann', iterations: FAST });
    const raw = new Uint8Array(await file.arrayBuffer());
    const flipped = raw.slice();
    flipped[flipped.length - 20] = (flipped[flipped.length - 20] ?? 0) ^ 1;
    expect(problem(await readResonansFile(new Blob([flipped]), 'stille vann')).code).toBe('wrong-passphrase');
    expect(problem(await readResonansFile(new Blob([raw.subarray(0, 60)]), 'stille vann')).code).toBe('damaged');
    const header = raw.indexOf(10);
    expect(problem(await readResonansFile(new Blob([raw.subarray(0, header + 5)]), 'stille vann')).code).toBe('damaged');
  });

  it('read every kind of file written before: pretty-printed JSON, compact JSON, gzip, and protected version 1', async () => {
    const pretty = `${JSON.stringify(JSON.parse(sessionFileText(demo, EXPORTED)), null, 2)}\n`;
    const expected = { ok: true, kind: 'session', session: demo, pseudonymised: false };
    expect(await readResonansFile(new Blob([pretty]))).toEqual(expected);
    expect(await readResonansFile(new Blob([sessionFileText(demo, EXPORTED)]))).toEqual(expected);
    expect(await readResonansFile(new Blob([gzipSync(pretty)]))).toEqual(expected);
    const version1 = await encryptText(pretty, 'stille vann', { iterations: FAST });
    expect(problem(await readResonansFile(new Blob([version1]))).code).toBe('needs-passphrase');
    expect(await readResonansFile(new Blob([version1]), 'stille vann')).toEqual(expected);
    expect(problem(await readResonansFile(new Blob([version1]), 'wrong words')).code).toBe('wrong-passphrase');
  });

  it('refuse, naming the cause: empty, not Resonans, damaged gzip, newer version', async () => {
    expect(problem(await readResonansFile(new Blob([]))).code).toBe('not-json');
    expect(problem(await readResonansFile(new Blob(['<html></html>']))).code).toBe('not-json');
    expect(problem(await readResonansFile(new Blob([new Uint8Array([0xff, 0xfe, 0x00, 0x7b])]))).code).toBe('not-json');
    expect(problem(await readResonansFile(new Blob(['{"type":"excalidraw","elements":[]}']))).code).toBe('not-a-session-file');
    const gz = gzipSync(sessionFileText(long, EXPORTED));
    expect(problem(await readResonansFile(new Blob([gz.subarray(0, gz.length / 2)]))).code).toBe('damaged');
    const corrupted = gz.slice();
    const middle = Math.floor(gz.length / 2);
    corrupted[middle] = (corrupted[middle] ?? 0) ^ 0xff;
    expect(['damaged', 'invalid']).toContain(problem(await readResonansFile(new Blob([corrupted]))).code);
    const newer = sessionFileText(demo, EXPORTED).replace('"version":2', '"version":3');
    expect(problem(await readResonansFile(new Blob([gzipSync(newer)]))).code).toBe('newer-version');
  });

  it('a file whose parts are larger than this device reads at once is refused as too large', () => {
    const scanner = createScanner({ listKey: 'sessions', maxPieceChars: 100 });
    expect(() => scanner.push(`{"format":"resonans-backup","sessions":[${JSON.stringify('x'.repeat(200))}]}`)).toThrow(ScanProblem);
    expect(scanner.take()).toEqual([
      { kind: 'field', key: 'format', text: '"resonans-backup"' },
      { kind: 'field', key: 'sessions', text: '[]' },
    ]);
    try {
      createScanner({ listKey: 'sessions', maxPieceChars: 100 }).push(`{"sessions":[${JSON.stringify('x'.repeat(200))}]}`);
    } catch (error) {
      expect(error).toMatchObject({ code: 'too-large', message: expect.stringContaining('sessions.0') as unknown });
    }
  });
});

describe('reading in parts', () => {
  it('gives the same answer however the text is split', { timeout: 60_000 }, () => {
    const texts = [
      backupFileText([demo], EXPORTED),
      JSON.stringify(JSON.parse(backupFileText([demo], EXPORTED)), null, 2),
      sessionFileText(demo, EXPORTED),
      '{"format":"resonans-backup","sessions":[],"version":1,"app":"x","exportedAt":0}',
      '{"a":"\\"}\\\\","b":[1,{"c":"]"}],"format":"x"}',
      '{"format":"resonans-backup","version":1 "app":"x"}',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(fc.nat(), { maxLength: 12 }), (whole, cuts) => {
        const points = [...new Set(cuts.map((cut) => cut % (whole.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points, whole.length].slice(1).map((end, i, ends) => whole.slice(i === 0 ? 0 : ends[i - 1], end));
        expect(readTextChunks(chunks)).toEqual(readTextChunks([whole]));
      }),
      { seed: 11, numRuns: 120 },
    );
  });

  it('accepts exactly the JSON that JSON.parse accepts, for objects with a list of sessions', () => {
    const valid = (input: string) => {
      try {
        JSON.parse(input);
        return true;
      } catch {
        return false;
      }
    };
    const scans = (input: string) => {
      try {
        const scanner = createScanner({ listKey: 'sessions', maxPieceChars: 1e6 });
        scanner.push(input);
        scanner.end();
        for (const piece of scanner.take()) JSON.parse(piece.text);
        return true;
      } catch {
        return false;
      }
    };
    const base = '{"format":"resonans-backup","sessions":[{"a":[1,2]},{"b":"c"}],"version":1}';
    fc.assert(
      fc.property(fc.nat(base.length), fc.constantFrom('', ',', ']', '}', '[', '{', '"', ':', ' ', '1', 'x', '\\'), fc.nat(3), (at, insert, remove) => {
        const mutated = base.slice(0, at) + insert + base.slice(at + remove);
        // Duplicate keys are refused on purpose; JSON.parse would keep the last.
        fc.pre(!/"(format|sessions|version)".*"\1"/.test(mutated));
        expect(scans(mutated)).toBe(valid(mutated));
      }),
      { seed: 5, numRuns: 2000 },
    );
  });
});

describe('text of a file', () => {
  it('is decoded as UTF-8 across chunk boundaries', async () => {
    const session = { ...demo, info: { ...demo.info, clientPseudonym: 'Ærlig Åse 🙂' } };
    const file = await writeResonansFile({ kind: 'session', session, pseudonymised: false }, EXPORTED);
    const read = await readResonansFile(file);
    expect(read.ok && read.kind === 'session' && read.session.info.clientPseudonym).toBe('Ærlig Åse 🙂');
    expect(await text(new Blob(['x']))).toBe('x');
  });
});
