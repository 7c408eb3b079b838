import { base64UrlToBytes, bytesToBase64Url } from '../domain/sync/invite';

/**
 * Every message of the live room is sealed in the sender's browser and opened in the receiver's:
 * the JSON is compressed (deflate-raw), then encrypted with AES-GCM under the room key from the
 * invite link's fragment, with a fresh random 12-byte IV per message. The room id is bound in as
 * additional data, so a frame cannot be carried into another room. The relay sees only
 * `IV ‖ ciphertext`, and AES-GCM refuses any frame changed by one bit.
 */

const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BITS = 128;
/** A message opens to at most this much JSON; a frame that inflates further is refused, not read. */
export const MAX_OPENED_BYTES = 4 * 1024 * 1024;

export type OpenProblem = 'tampered' | 'malformed';
export type Opened = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: OpenProblem };

/** A fresh room key, and its text for the invite link. */
export async function createRoomKey(): Promise<{ readonly key: CryptoKey; readonly text: string }> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: KEY_BITS }, true, ['encrypt', 'decrypt']);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', key));
  return { key, text: bytesToBase64Url(raw) };
}

/** The key a link's fragment names, or null when the text is not a 128-bit key. */
export async function importRoomKey(text: string): Promise<CryptoKey | null> {
  const raw = base64UrlToBytes(text);
  if (!raw || raw.length !== KEY_BITS / 8) return null;
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/** A new random room id: 16 bytes, 22 characters of url-safe base64. */
export function createRoomId(): string {
  return bytesToBase64Url(crypto.getRandomValues(new Uint8Array(16)));
}

export async function seal(key: CryptoKey, roomId: string, value: unknown): Promise<Uint8Array<ArrayBuffer>> {
  const plain = await transform(new TextEncoder().encode(JSON.stringify(value)), new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: roomBytes(roomId) }, key, plain));
  const frame = new Uint8Array(IV_BYTES + sealed.length);
  frame.set(iv, 0);
  frame.set(sealed, IV_BYTES);
  return frame;
}

export async function open(key: CryptoKey, roomId: string, frame: Uint8Array): Promise<Opened> {
  if (frame.length < IV_BYTES + TAG_BYTES) return { ok: false, problem: 'tampered' };
  let compressed: ArrayBuffer;
  try {
    compressed = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: frame.slice(0, IV_BYTES), additionalData: roomBytes(roomId) }, key, frame.slice(IV_BYTES));
  } catch {
    // AES-GCM says only that the tag does not match: a changed bit, another key or another room.
    return { ok: false, problem: 'tampered' };
  }
  try {
    const json = await transform(new Uint8Array(compressed), new DecompressionStream('deflate-raw'), MAX_OPENED_BYTES);
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)) as unknown };
  } catch {
    // Authentic, so from someone who holds the key, yet not what this app writes.
    return { ok: false, problem: 'malformed' };
  }
}

const roomBytes = (roomId: string) => new TextEncoder().encode(`resonans-room:${roomId}`);

/** Runs bytes through a (de)compression stream; throws once the output passes `limit` bytes. */
async function transform(input: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const writer = stream.writable.getWriter();
  const writing = writer.write(input).then(() => writer.close());
  // A failed write shows again when reading; this keeps it from being reported as unhandled.
  writing.catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    total += next.value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new Error('too large');
    }
    chunks.push(next.value);
  }
  await writing;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
