/**
 * Passphrase encryption of exported session files, with WebCrypto only (browser and Node 20).
 * PBKDF2-SHA-256 turns the passphrase into an AES-GCM-256 key; the file is a JSON envelope whose
 * header carries every parameter needed to decrypt, and the header is authenticated as
 * AES-GCM additional data so that no one can change it unnoticed.
 */

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
const MIN_ITERATIONS = 1_000; // only tests go this low; production never passes iterations
const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12; // the AES-GCM standard nonce size
const GCM_TAG_BYTES = 16;
const FORMAT = 'resonans-encrypted';
const VERSION = 1;

export type EncryptedEnvelope = {
  format: typeof FORMAT;
  version: typeof VERSION;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  data: string;
};
type Header = Omit<EncryptedEnvelope, 'data'>;

export type DecryptResult = { ok: true; text: string } | { ok: false; problem: DecryptProblem };
export type DecryptProblem = 'not-encrypted' | 'unsupported-version' | 'damaged' | 'wrong-passphrase-or-changed';
const fail = (problem: DecryptProblem): DecryptResult => ({ ok: false, problem });

export async function encryptText(plaintext: string, passphrase: string, options?: { iterations?: number }): Promise<string> {
  const { iterations, salt, iv, key } = await freshSecrets(passphrase, options);
  const header = headerOf(iterations, salt, iv);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: headerBytes(header) }, key, new TextEncoder().encode(plaintext));
  return JSON.stringify({ ...header, data: bytesToBase64(new Uint8Array(data)) } satisfies EncryptedEnvelope);
}

export function isEncryptedEnvelope(text: string): boolean {
  const value = attempt(() => JSON.parse(text) as unknown);
  return isRecord(value) && value.format === FORMAT;
}

export async function decryptText(envelopeText: string, passphrase: string): Promise<DecryptResult> {
  const value = attempt(() => JSON.parse(envelopeText) as unknown);
  if (!isRecord(value) || value.format !== FORMAT) {
    // A truncated encrypted file is not JSON, but it is still ours: call it damaged.
    return fail(value === undefined && envelopeText.includes(`"${FORMAT}"`) ? 'damaged' : 'not-encrypted');
  }
  const { version, kdf, cipher, data } = value;
  if (isIntegerIn(version, VERSION + 1, Number.MAX_SAFE_INTEGER)) return fail('unsupported-version');
  if (version !== VERSION || !isRecord(kdf) || !isRecord(cipher) || kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || cipher.name !== 'AES-GCM') {
    return fail('damaged');
  }
  const { iterations } = kdf;
  const [salt, iv, ciphertext] = [base64ToBytes(kdf.salt), base64ToBytes(cipher.iv), base64ToBytes(data)];
  // Bounds before any work: a changed header must not make us hash for minutes or use a weak salt.
  if (
    !isIntegerIn(iterations, 1, MAX_ITERATIONS) ||
    !salt ||
    salt.length < SALT_BYTES ||
    iv?.length !== IV_BYTES ||
    !ciphertext ||
    ciphertext.length < GCM_TAG_BYTES
  ) {
    return fail('damaged');
  }
  const additionalData = headerBytes(headerOf(iterations, salt, iv));
  let plainBytes: ArrayBuffer;
  try {
    const key = await deriveKey(passphrase, salt, iterations);
    plainBytes = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData }, key, ciphertext);
  } catch {
    // AES-GCM only says "the tag does not match": a wrong passphrase and a changed byte
    // (in the data or the header) are indistinguishable, so we cannot be more specific.
    return fail('wrong-passphrase-or-changed');
  }
  const text = attempt(() => new TextDecoder('utf-8', { fatal: true }).decode(plainBytes));
  return text === undefined ? fail('damaged') : { ok: true, text }; // authentic but not UTF-8: not written by encryptText
}

/** Every file gets its own salt and IV; the passphrase and the iteration count are checked first. */
async function freshSecrets(passphrase: string, options?: { iterations?: number }) {
  const iterations = options?.iterations ?? PBKDF2_ITERATIONS;
  if (passphrase === '') throw new Error('The passphrase must not be empty.');
  if (!isIntegerIn(iterations, MIN_ITERATIONS, MAX_ITERATIONS)) {
    throw new Error(`PBKDF2 iterations must be an integer from ${MIN_ITERATIONS} to ${MAX_ITERATIONS}.`);
  }
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  return { iterations, salt, iv, key: await deriveKey(passphrase, salt, iterations) };
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  // NFC, so the same typed passphrase works whether the keyboard/OS composes "å" or not.
  const passphraseBytes = new TextEncoder().encode(passphrase.normalize('NFC'));
  const baseKey = await crypto.subtle.importKey('raw', passphraseBytes, 'PBKDF2', false, ['deriveKey']);
  const pbkdf2 = { name: 'PBKDF2', hash: 'SHA-256', salt, iterations };
  return crypto.subtle.deriveKey(pbkdf2, baseKey, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/**
 * The header is always built here, in one key order, from decoded values re-encoded as canonical
 * base64, so encryption and decryption authenticate identical bytes (the canonical serialisation).
 */
function headerOf(iterations: number, salt: Uint8Array, iv: Uint8Array): Header {
  return {
    format: FORMAT,
    version: VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) },
    cipher: { name: 'AES-GCM', iv: bytesToBase64(iv) },
  };
}

const headerBytes = (header: Header) => new TextEncoder().encode(JSON.stringify(header));

/** Bad input is an answer here, not an exception: a throw becomes undefined. */
function attempt<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isIntegerIn = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

const BASE64_CHUNK_BYTES = 0x8000; // String.fromCharCode(...bytes) overflows the call stack on megabytes

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += BASE64_CHUNK_BYTES) {
    binary += String.fromCharCode(...bytes.subarray(i, i + BASE64_CHUNK_BYTES));
  }
  return btoa(binary);
}

/** Strict: only canonical padded base64 decodes, so two spellings can never mean the same bytes. */
function base64ToBytes(text: unknown): Uint8Array<ArrayBuffer> | undefined {
  const binary = typeof text === 'string' ? attempt(() => atob(text)) : undefined;
  if (binary === undefined) return undefined;
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return bytesToBase64(bytes) === text ? bytes : undefined;
}

/**
 * Version 2, for files of any size: the file is one line of JSON header, a newline, and the raw
 * ciphertext (no base64, so no string as large as the file). What is encrypted is the gzip of
 * the file's JSON: compressed first, since encrypted bytes do not compress.
 */
const VERSION_2 = 2;
type HeaderV2 = Omit<Header, 'version'> & { version: typeof VERSION_2; compression: 'gzip' };

const headerV2Of = (iterations: number, salt: Uint8Array, iv: Uint8Array): HeaderV2 => ({
  ...headerOf(iterations, salt, iv),
  version: VERSION_2,
  compression: 'gzip',
});

/** The first bytes every version-2 file starts with, so a reader knows one from a glance. */
export const ENCRYPTED_V2_PREFIX = `{"format":"${FORMAT}","version":${VERSION_2},`;
const NEWLINE = 10;
/** A header is a few hundred bytes; a longer first line is not one. */
const MAX_HEADER_BYTES = 4096;

export async function encryptBytes(
  compressed: Uint8Array<ArrayBuffer>,
  passphrase: string,
  options?: { iterations?: number },
): Promise<Uint8Array<ArrayBuffer>> {
  const { iterations, salt, iv, key } = await freshSecrets(passphrase, options);
  const header = new TextEncoder().encode(JSON.stringify(headerV2Of(iterations, salt, iv)));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, key, compressed));
  const file = new Uint8Array(header.length + 1 + data.length);
  file.set(header, 0);
  file[header.length] = NEWLINE;
  file.set(data, header.length + 1);
  return file;
}

export type DecryptBytesResult = { ok: true; compressed: Uint8Array<ArrayBuffer> } | { ok: false; problem: DecryptProblem };

/** Whether the bytes begin like a version-2 protected file. */
export function isEncryptedV2(head: Uint8Array): boolean {
  const prefix = new TextEncoder().encode(ENCRYPTED_V2_PREFIX);
  return head.length >= prefix.length && prefix.every((byte, i) => head[i] === byte);
}

/** Whether the bytes begin like any protected file, of a version this build reads or a later one. */
export function looksEncrypted(head: Uint8Array): boolean {
  const start = new TextDecoder().decode(head.subarray(0, 200)).trimStart();
  return start.startsWith(`{"format":"${FORMAT}"`);
}

export async function decryptBytes(file: Uint8Array<ArrayBuffer>, passphrase: string): Promise<DecryptBytesResult> {
  const end = file.subarray(0, MAX_HEADER_BYTES).indexOf(NEWLINE);
  if (end === -1) return { ok: false, problem: 'damaged' };
  const value = attempt(() => JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file.subarray(0, end))) as unknown);
  if (!isRecord(value) || value.format !== FORMAT) return { ok: false, problem: 'not-encrypted' };
  const { version, kdf, cipher, compression } = value;
  if (isIntegerIn(version, VERSION_2 + 1, Number.MAX_SAFE_INTEGER)) return { ok: false, problem: 'unsupported-version' };
  if (
    version !== VERSION_2 ||
    !isRecord(kdf) ||
    !isRecord(cipher) ||
    kdf.name !== 'PBKDF2' ||
    kdf.hash !== 'SHA-256' ||
    cipher.name !== 'AES-GCM' ||
    compression !== 'gzip'
  ) {
    return { ok: false, problem: 'damaged' };
  }
  const { iterations } = kdf;
  const [salt, iv] = [base64ToBytes(kdf.salt), base64ToBytes(cipher.iv)];
  const ciphertext = file.subarray(end + 1);
  if (!isIntegerIn(iterations, 1, MAX_ITERATIONS) || !salt || salt.length < SALT_BYTES || iv?.length !== IV_BYTES || ciphertext.length < GCM_TAG_BYTES) {
    return { ok: false, problem: 'damaged' };
  }
  const additionalData = new TextEncoder().encode(JSON.stringify(headerV2Of(iterations, salt, iv)));
  try {
    const key = await deriveKey(passphrase, salt, iterations);
    return { ok: true, compressed: new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData }, key, ciphertext)) };
  } catch {
    // As in version 1: a wrong passphrase and a changed byte look the same to AES-GCM.
    return { ok: false, problem: 'wrong-passphrase-or-changed' };
  }
}
