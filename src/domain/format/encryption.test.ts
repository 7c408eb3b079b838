// @vitest-environment node
// Node's own WebCrypto: jsdom's window does not provide crypto.subtle.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DecryptResult, type EncryptedEnvelope, PBKDF2_ITERATIONS, decryptText, encryptText, isEncryptedEnvelope } from './encryption';

/** Production never passes iterations; tests do, so that hundreds of derivations stay fast. */
const FAST = { iterations: 1000 };
const PASS = 'korrekt hest batteri stift';

const parse = (text: string) => JSON.parse(text) as EncryptedEnvelope;
const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
const base64Of = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

async function roundTrip(plaintext: string, passphrase = PASS): Promise<DecryptResult> {
  return decryptText(await encryptText(plaintext, passphrase, FAST), passphrase);
}

/** Encrypts a file, lets `change` edit its parsed JSON, and decrypts the result with the right passphrase. */
async function decryptChanged(change: (envelope: Record<string, unknown> & EncryptedEnvelope) => void): Promise<DecryptResult> {
  // 18 bytes + the 16-byte tag: data ends in "==", so padding changes can be tested too.
  const envelope = JSON.parse(await encryptText('Eg vil sove betre.', PASS, FAST)) as Record<string, unknown> & EncryptedEnvelope;
  expect(envelope.data).toMatch(/[^=]==$/);
  change(envelope);
  return decryptText(JSON.stringify(envelope), PASS);
}

/** Replaces one base64 character with a different one, keeping the string valid-looking base64. */
function flipChar(base64: string, index: number): string {
  const replacement = base64[index] === 'A' ? 'B' : 'A';
  return base64.slice(0, index) + replacement + base64.slice(index + 1);
}

describe('encryptText then decryptText returns the same text', () => {
  it.each([
    ['ASCII', 'Client K-17 placed the mother figure behind the father.'],
    ['Norwegian, Danish and German letters', 'Æ Ø Å æ ø å — Grüße, Größe: ä ö ü ß Ä Ö Ü'],
    ['emoji incl. joined sequences', '🧠💬 👩‍⚕️ 👨‍👩‍👧 🏳️‍🌈'],
    ['the empty string', ''],
    ['JSON with quotes, backslashes and newlines', JSON.stringify({ note: 'a "quote"\\ and\nlines\ttab' })],
  ])('%s', async (_name, plaintext) => {
    expect(await roundTrip(plaintext)).toEqual({ ok: true, text: plaintext });
  });

  it('a ~1 MB string', async () => {
    const plaintext = 'Søvn og tryggleik – 🌙 '.repeat(45_000);
    expect(new TextEncoder().encode(plaintext).length).toBeGreaterThan(1_000_000);
    expect(await roundTrip(plaintext)).toEqual({ ok: true, text: plaintext });
  });

  it('uses 600,000 PBKDF2 iterations by default and says so in the header', async () => {
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    const text = await encryptText('standard', PASS);
    expect(parse(text).kdf.iterations).toBe(600_000);
    expect(text).toContain('"iterations":600000');
    expect(await decryptText(text, PASS)).toEqual({ ok: true, text: 'standard' });
  }, 30_000);

  it('a passphrase typed with a composed or a decomposed "å" opens the same file', async () => {
    const composed = 'blåbær';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const text = await encryptText('hemmeleg', composed, FAST);
    expect(await decryptText(text, decomposed)).toEqual({ ok: true, text: 'hemmeleg' });
  });

  it('holds for random texts and passphrases (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary', minLength: 1 }), async (plaintext, passphrase) => {
        expect(await roundTrip(plaintext, passphrase)).toEqual({ ok: true, text: plaintext });
      }),
      { numRuns: 15 },
    );
  });
});

describe('the envelope', () => {
  it('has the documented shape, with a 16-byte salt, a 12-byte IV and a 16-byte GCM tag', async () => {
    const plaintext = 'æøå';
    const envelope = parse(await encryptText(plaintext, PASS, FAST));
    expect(Object.keys(envelope)).toEqual(['format', 'version', 'kdf', 'cipher', 'data']);
    expect(envelope).toMatchObject({
      format: 'resonans-encrypted',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 1000 },
      cipher: { name: 'AES-GCM' },
    });
    expect(bytesOf(envelope.kdf.salt)).toHaveLength(16);
    expect(bytesOf(envelope.cipher.iv)).toHaveLength(12);
    expect(bytesOf(envelope.data)).toHaveLength(new TextEncoder().encode(plaintext).length + 16);
  });

  it('does not contain the plaintext', async () => {
    const text = await encryptText('Klient fortel om overgrep', PASS, FAST);
    expect(text).not.toContain('Klient');
    expect(text).not.toContain(PASS);
  });

  it('differs between two encryptions of the same text (fresh salt and IV)', async () => {
    const a = parse(await encryptText('same', PASS, FAST));
    const b = parse(await encryptText('same', PASS, FAST));
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.cipher.iv).not.toBe(b.cipher.iv);
    expect(a.data).not.toBe(b.data);
  });

  it('authenticates exactly the canonical header JSON as AES-GCM additional data (independent implementation)', async () => {
    // Seal with WebCrypto directly, following the documented format, to pin the format down.
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const header = {
      format: 'resonans-encrypted',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 1000, salt: base64Of(salt) },
      cipher: { name: 'AES-GCM', iv: base64Of(iv) },
    };
    const seal = async (plainBytes: Uint8Array<ArrayBuffer>) => {
      const baseKey = await crypto.subtle.importKey('raw', new TextEncoder().encode(PASS), 'PBKDF2', false, ['deriveKey']);
      const key = await crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1000 }, baseKey, { name: 'AES-GCM', length: 256 }, false, [
        'encrypt',
      ]);
      const additionalData = new TextEncoder().encode(JSON.stringify(header));
      const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, plainBytes));
      return JSON.stringify({ ...header, data: base64Of(data) });
    };
    expect(await decryptText(await seal(new TextEncoder().encode('interop ø')), PASS)).toEqual({ ok: true, text: 'interop ø' });
    // Authentic, but not UTF-8: never returned as garbage text.
    expect(await decryptText(await seal(new Uint8Array([0xff, 0xfe, 0x80])), PASS)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('still opens when the JSON is re-formatted (the header is authenticated canonically, not by whitespace)', async () => {
    const text = await encryptText('formatert', PASS, FAST);
    expect(await decryptText(JSON.stringify(JSON.parse(text), null, 2), PASS)).toEqual({ ok: true, text: 'formatert' });
  });
});

describe('isEncryptedEnvelope', () => {
  it('recognises an encrypted file', async () => {
    expect(isEncryptedEnvelope(await encryptText('x', PASS, FAST))).toBe(true);
  });

  it.each([
    '',
    'not json',
    '{',
    'null',
    '42',
    '"resonans-encrypted"',
    '[]',
    '{}',
    '{"format":"resonans-session","version":1}',
    '{"format":["resonans-encrypted"]}',
  ])('rejects %j without throwing', (text) => {
    expect(isEncryptedEnvelope(text)).toBe(false);
  });
});

describe('decryptText refuses, without throwing or returning other text,', () => {
  it('a wrong passphrase', async () => {
    const text = await encryptText('hemmeleg', PASS, FAST);
    expect(await decryptText(text, 'korrekt hest batteri stift!')).toEqual({ ok: false, problem: 'wrong-passphrase-or-changed' });
    expect(await decryptText(text, '')).toEqual({ ok: false, problem: 'wrong-passphrase-or-changed' });
  });

  it.each([
    ['the first character of data', (e: EncryptedEnvelope) => (e.data = flipChar(e.data, 0))],
    ['a middle character of data', (e: EncryptedEnvelope) => (e.data = flipChar(e.data, 10))],
    ['the iterations', (e: EncryptedEnvelope) => (e.kdf.iterations = 1001)],
    ['the salt', (e: EncryptedEnvelope) => (e.kdf.salt = flipChar(e.kdf.salt, 0))],
    ['the IV', (e: EncryptedEnvelope) => (e.cipher.iv = flipChar(e.cipher.iv, 0))],
  ])('a change of %s', async (_name, change) => {
    expect(await decryptChanged(change)).toEqual({ ok: false, problem: 'wrong-passphrase-or-changed' });
  });

  it('any one-character change anywhere in data (property)', async () => {
    const text = await encryptText('Eg vil sove betre', PASS, FAST);
    const envelope = parse(text);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: envelope.data.length - 1 }), fc.constantFrom(...alphabet), async (index, char) => {
        fc.pre(envelope.data[index] !== char);
        const data = envelope.data.slice(0, index) + char + envelope.data.slice(index + 1);
        const result = await decryptText(JSON.stringify({ ...envelope, data }), PASS);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 40 },
    );
  });

  it('a non-canonical spelling of the same bytes (unused low bits in the last character)', async () => {
    const envelope = parse(await encryptText('a', PASS, FAST)); // 1 + 16 bytes: data ends in exactly one "="
    expect(envelope.data).toMatch(/[^=]=$/);
    const last = envelope.data.length - 2;
    // That character's lowest two bits are unused: flipping one spells the same bytes differently.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const sibling = alphabet[alphabet.indexOf(envelope.data[last]!) ^ 1]!;
    const data = envelope.data.slice(0, last) + sibling + '=';
    expect(bytesOf(data)).toEqual(bytesOf(envelope.data));
    const result = await decryptText(JSON.stringify({ ...envelope, data }), PASS);
    expect(result.ok).toBe(false);
  });

  it.each([
    ['empty text', ''],
    ['not JSON', 'hello, world'],
    ['JSON null', 'null'],
    ['a JSON number', '42'],
    ['a JSON array', '[{"format":"resonans-encrypted"}]'],
    ['a plain session file', '{"format":"resonans-session","version":1,"info":{}}'],
    ['an object without format', '{"version":1}'],
  ])('%s as not-encrypted', async (_name, text) => {
    expect(await decryptText(text, PASS)).toEqual({ ok: false, problem: 'not-encrypted' });
  });

  it('a truncated encrypted file as damaged', async () => {
    const text = await encryptText('hemmeleg', PASS, FAST);
    expect(await decryptText(text.slice(0, text.length / 2), PASS)).toEqual({ ok: false, problem: 'damaged' });
  });

  it.each([2, 3, 100])('version %i as unsupported-version', async (version) => {
    expect(await decryptChanged((e) => (e.version = version as 1))).toEqual({ ok: false, problem: 'unsupported-version' });
  });

  type Change = (e: Record<string, unknown> & EncryptedEnvelope) => void;
  const damages: [string, Change][] = [
    ['version 0', (e) => (e.version = 0 as 1)],
    ['version "1"', (e) => (e.version = '1' as unknown as 1)],
    ['version 1.5', (e) => (e.version = 1.5 as 1)],
    ['version missing', (e) => delete (e as Partial<EncryptedEnvelope>).version],
    ['kdf missing', (e) => delete (e as Partial<EncryptedEnvelope>).kdf],
    ['kdf null', (e) => (e.kdf = null as unknown as EncryptedEnvelope['kdf'])],
    ['kdf a string', (e) => (e.kdf = 'PBKDF2' as unknown as EncryptedEnvelope['kdf'])],
    ['cipher missing', (e) => delete (e as Partial<EncryptedEnvelope>).cipher],
    ['cipher an array', (e) => (e.cipher = [] as unknown as EncryptedEnvelope['cipher'])],
    ['data missing', (e) => delete (e as Partial<EncryptedEnvelope>).data],
    ['data a number', (e) => (e.data = 7 as unknown as string)],
    ['data empty', (e) => (e.data = '')],
    ['data shorter than the GCM tag', (e) => (e.data = base64Of(new Uint8Array(15)))],
    ['data with invalid base64 characters', (e) => (e.data = '!!!!' + e.data.slice(4))],
    ['data without its padding', (e) => (e.data = e.data.replace(/=+$/, ''))],
    ['data with whitespace', (e) => (e.data = `${e.data.slice(0, 8)} ${e.data.slice(8)}`)],
    ['an unknown KDF', (e) => (e.kdf.name = 'scrypt' as 'PBKDF2')],
    ['an unknown hash', (e) => (e.kdf.hash = 'SHA-1' as 'SHA-256')],
    ['an unknown cipher', (e) => (e.cipher.name = 'AES-CBC' as 'AES-GCM')],
    ['iterations 0', (e) => (e.kdf.iterations = 0)],
    ['iterations negative', (e) => (e.kdf.iterations = -600_000)],
    ['iterations fractional', (e) => (e.kdf.iterations = 1000.5)],
    ['iterations a string', (e) => (e.kdf.iterations = '600000' as unknown as number)],
    ['iterations over 10,000,000', (e) => (e.kdf.iterations = 10_000_001)],
    ['iterations huge', (e) => (e.kdf.iterations = 1e300)],
    ['salt missing', (e) => delete (e.kdf as Partial<EncryptedEnvelope['kdf']>).salt],
    ['salt of 8 bytes', (e) => (e.kdf.salt = base64Of(new Uint8Array(8)))],
    ['salt not base64', (e) => (e.kdf.salt = 'not base64!')],
    ['iv of 16 bytes', (e) => (e.cipher.iv = base64Of(new Uint8Array(16)))],
    ['iv of 11 bytes', (e) => (e.cipher.iv = base64Of(new Uint8Array(11)))],
    ['iv a number', (e) => (e.cipher.iv = 12 as unknown as string)],
  ];
  it.each(damages)('%s as damaged', async (_name, change) => {
    expect(await decryptChanged(change)).toEqual({ ok: false, problem: 'damaged' });
  });
});

describe('encryptText rejects', () => {
  it('an empty passphrase', async () => {
    await expect(encryptText('x', '')).rejects.toThrow(Error);
    await expect(encryptText('x', '', FAST)).rejects.toThrow(/passphrase/);
  });

  it.each([0, 999, 1000.5, 10_000_001, Number.NaN])('%s iterations', async (iterations) => {
    await expect(encryptText('x', PASS, { iterations })).rejects.toThrow(/iterations/);
  });
});
