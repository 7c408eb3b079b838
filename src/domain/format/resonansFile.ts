import type { Session } from '../model/session';
import type { EpochMillis } from '../model/units';
import { concatBytes, gzipTexts, isGzip, textOf } from './compression';
import { decryptBytes, type DecryptProblem, decryptText, encryptBytes, isEncryptedV2, looksEncrypted } from './encryption';
import { backupFileParts, createTextReader, fail, type ImportResult, readSessionFile, sessionFileText } from './sessionFile';

/**
 * Files as bytes, the way the app writes and reads them (docs/file-format.md): compact JSON,
 * gzip-compressed, and, when a passphrase protects it, encrypted after compressing. Reading
 * takes every kind of file Resonans ever wrote: plain JSON (pretty or compact), gzip, and the
 * protected versions 1 (JSON with base64) and 2 (header line and raw bytes).
 */

export type FileContent =
  | { readonly kind: 'session'; readonly session: Session; readonly pseudonymised: boolean }
  /** Sessions may be loaded one at a time while the file is written. */
  | { readonly kind: 'backup'; readonly sessions: AsyncIterable<Session> | Iterable<Session> };

export interface FileProtection {
  /** Empty: the file is not protected. */
  readonly passphrase: string;
  /** Only tests lower it; see encryption.ts. */
  readonly iterations?: number;
}

/** The name's ending, which tells a person (and the file picker) which kind of file it is. */
export const fileExtension = (isProtected: boolean): string => (isProtected ? '.resonans' : '.json.gz');

/** What the file picker offers: every kind of file Resonans reads. */
export const ACCEPTED_FILES = '.json,.gz,.resonans,application/json,application/gzip';

export async function writeResonansFile(content: FileContent, exportedAt: EpochMillis, protection?: FileProtection): Promise<Blob> {
  const parts =
    content.kind === 'session'
      ? [sessionFileText(content.session, exportedAt, { pseudonymised: content.pseudonymised })]
      : backupFileParts(content.sessions, exportedAt);
  const compressed = await gzipTexts(parts);
  if (!protection?.passphrase) return new Blob(compressed, { type: 'application/gzip' });
  const encrypted = await encryptBytes(concatBytes(compressed), protection.passphrase, { iterations: protection.iterations });
  return new Blob([encrypted], { type: 'application/octet-stream' });
}

/** Whether a file needs a passphrase before it can be read. */
export async function isProtectedFile(file: Blob): Promise<boolean> {
  return looksEncrypted(new Uint8Array(await file.slice(0, 256).arrayBuffer()));
}

/**
 * Reads any Resonans file. A protected one without a passphrase gives `needs-passphrase`;
 * every other refusal names its cause. Never throws.
 */
export async function readResonansFile(file: Blob, passphrase?: string): Promise<ImportResult> {
  try {
    if (file.size === 0) return fail('not-json', 'the file is empty');
    const head = new Uint8Array(await file.slice(0, 256).arrayBuffer());
    if (isGzip(head)) return await readStream(file.stream(), true);
    if (!looksEncrypted(head)) return await readStream(file.stream(), false);
    if (passphrase === undefined) return fail('needs-passphrase', 'the file is protected with a passphrase');
    if (isEncryptedV2(head)) {
      const opened = await decryptBytes(new Uint8Array(await file.arrayBuffer()), passphrase);
      if (!opened.ok) return decryptFailure(opened.problem);
      return await readStream(new Blob([opened.compressed]).stream(), true);
    }
    const opened = await decryptText(await file.text(), passphrase);
    if (!opened.ok) return decryptFailure(opened.problem);
    return readSessionFile(opened.text);
  } catch (error) {
    if (error instanceof RangeError) return fail('too-large', `the file is larger than this device can read (${error.message.slice(0, 200)})`);
    return fail('invalid', `the file could not be read: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}`);
  }
}

async function readStream(bytes: ReadableStream<Uint8Array>, compressed: boolean): Promise<ImportResult> {
  const reader = createTextReader();
  try {
    for await (const chunk of textOf(bytes, compressed)) {
      const early = reader.push(chunk);
      if (early) return early;
    }
  } catch (error) {
    if (error instanceof RangeError) return fail('too-large', `the file is larger than this device can read (${error.message.slice(0, 200)})`);
    return compressed
      ? fail('damaged', 'the compressed file is damaged or cut off; it cannot be unpacked')
      : fail('not-json', 'the file is not text in UTF-8, so it is not a Resonans file');
  }
  return reader.end();
}

function decryptFailure(problem: DecryptProblem): ImportResult {
  switch (problem) {
    case 'wrong-passphrase-or-changed':
      return fail('wrong-passphrase', 'the passphrase is wrong, or the file was changed after it was saved');
    case 'unsupported-version':
      return fail('newer-version', 'the protected file was written by a newer Resonans');
    default:
      return fail('damaged', 'the protected file is damaged or cut off');
  }
}
