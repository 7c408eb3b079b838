import { base64UrlToBytes, bytesToBase64Url } from '../domain/sync/invite';

/**
 * The invite link's key opens the door, and anyone who has the link holds it: a person the
 * therapist did not let in, or one who saw the link over a shoulder. So the room itself runs
 * under a second key, fresh for each admission and given only to the guest let in: the guest
 * knocks with the public half of an ECDH key pair (P-256), and the host seals the room key with
 * a key only the two of them can derive (ECDH, then HKDF-SHA-256). Holding the link then lets
 * one knock, never read the room.
 *
 * The host's half is one pair for the room's life, and its public half is in the link. The guest
 * takes a room key only when it comes with that public half; someone else holding the link cannot
 * make one the guest would accept, so cannot pose as the therapist and let the guest in.
 */

const CURVE = { name: 'ECDH', namedCurve: 'P-256' } as const;
const ROOM_KEY_BITS = 128;
const IV_BYTES = 12;
const INFO = new TextEncoder().encode('resonans-admission');

/** One side's pair, kept in memory for as long as the tab is open: the guest's public half goes in the knock, the host's in the link. */
export interface AdmissionPair {
  readonly privateKey: CryptoKey;
  readonly publicText: string;
}

export async function createAdmissionPair(): Promise<AdmissionPair> {
  const pair = await crypto.subtle.generateKey(CURVE, false, ['deriveBits']);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { privateKey: pair.privateKey, publicText: bytesToBase64Url(raw) };
}

/** What the host sends the admitted guest: its own public half, and the room key sealed for the guest. */
export interface SealedRoomKey {
  readonly hostKey: string;
  readonly sealed: string;
}

async function importPublic(text: string): Promise<CryptoKey | null> {
  const raw = base64UrlToBytes(text);
  if (!raw) return null;
  try {
    return await crypto.subtle.importKey('raw', raw, CURVE, false, []);
  } catch {
    return null;
  }
}

/** What a shared key is for: sealing the room key, or a few words between the two halves (`sealWords`). */
type Purpose = 'roomKey' | 'words';
const PURPOSES: Record<Purpose, { readonly info: Uint8Array<ArrayBuffer>; readonly usages: KeyUsage[] }> = {
  roomKey: { info: INFO, usages: ['wrapKey', 'unwrapKey'] },
  words: { info: new TextEncoder().encode('resonans-admission-words'), usages: ['encrypt', 'decrypt'] },
};

/** The key both sides derive: ECDH's shared secret through HKDF, never the raw secret itself; one key per purpose. */
async function sharedKey(privateKey: CryptoKey, publicKey: CryptoKey, roomId: string, purpose: Purpose = 'roomKey'): Promise<CryptoKey> {
  const secret = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const base = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new TextEncoder().encode(`resonans-room:${roomId}`), info: PURPOSES[purpose].info },
    base,
    { name: 'AES-GCM', length: 128 },
    false,
    PURPOSES[purpose].usages,
  );
}

/**
 * A few words only the two halves of one admission can read or write: the guest's name in its
 * knock (the guest has the host's public half from the link), and the host's "not let in" or
 * "the room has ended" to a guest still waiting (the host has the guest's half from its knock).
 * Someone else holding the link can neither read the name nor turn the guest away. Null when
 * the other half is not a key.
 */
export async function sealWords(own: AdmissionPair, otherPublic: string, roomId: string, words: string): Promise<string | null> {
  const other = await importPublic(otherPublic);
  if (!other) return null;
  const key = await sharedKey(own.privateKey, other, roomId, 'words');
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(words)));
  const message = new Uint8Array(IV_BYTES + sealed.length);
  message.set(iv, 0);
  message.set(sealed, IV_BYTES);
  return bytesToBase64Url(message);
}

/** The words the other half sealed for this one, or null when they were sealed by someone else, for someone else, or changed. */
export async function openWords(own: AdmissionPair, otherPublic: string, roomId: string, sealed: string): Promise<string | null> {
  const other = await importPublic(otherPublic);
  const bytes = base64UrlToBytes(sealed);
  if (!other || !bytes || bytes.length <= IV_BYTES) return null;
  try {
    const key = await sharedKey(own.privateKey, other, roomId, 'words');
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.slice(0, IV_BYTES) }, key, bytes.slice(IV_BYTES));
    return new TextDecoder().decode(plain);
  } catch {
    return null;
  }
}

/** The host's side: a fresh room key for this guest alone, or null when the guest's public half is not a P-256 key. */
export async function sealRoomKeyFor(
  guestPublic: string,
  roomId: string,
  host: AdmissionPair,
): Promise<{ readonly key: CryptoKey; readonly message: SealedRoomKey } | null> {
  const guestKey = await importPublic(guestPublic);
  if (!guestKey) return null;
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: ROOM_KEY_BITS }, true, ['encrypt', 'decrypt']);
  const wrapping = await sharedKey(host.privateKey, guestKey, roomId);
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const wrapped = new Uint8Array(await crypto.subtle.wrapKey('raw', key, wrapping, { name: 'AES-GCM', iv }));
  const sealed = new Uint8Array(IV_BYTES + wrapped.length);
  sealed.set(iv, 0);
  sealed.set(wrapped, IV_BYTES);
  return { key, message: { hostKey: host.publicText, sealed: bytesToBase64Url(sealed) } };
}

/** The guest opens the room key sealed for it, or gets null when it was sealed for someone else or changed. */
export async function openRoomKey(pair: AdmissionPair, message: SealedRoomKey, roomId: string): Promise<CryptoKey | null> {
  const hostKey = await importPublic(message.hostKey);
  const sealed = base64UrlToBytes(message.sealed);
  if (!hostKey || !sealed || sealed.length <= IV_BYTES) return null;
  try {
    const wrapping = await sharedKey(pair.privateKey, hostKey, roomId);
    return await crypto.subtle.unwrapKey('raw', sealed.slice(IV_BYTES), wrapping, { name: 'AES-GCM', iv: sealed.slice(0, IV_BYTES) }, 'AES-GCM', false, [
      'encrypt',
      'decrypt',
    ]);
  } catch {
    return null;
  }
}
