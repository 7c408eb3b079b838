/**
 * The invite link: `${appUrl}#/join/${roomId}/${key}/${hostKey}`. The room id names the room on
 * the relay; the key seals every message until the guest is let in; the host key is the public
 * half of the therapist's admission key (sync/admission.ts), so the guest accepts a room key only
 * from the browser that made the link, never from someone else who holds it. All three travel in
 * the fragment, which a browser never sends to a server, so the relay learns the room id only from
 * the guest's join and never a key.
 */

/** 16 random bytes as url-safe base64 without padding. */
export const ROOM_ID_LENGTH = 22;
/** An AES-GCM 128-bit key as url-safe base64 without padding. */
export const ROOM_KEY_LENGTH = 22;
/** A P-256 public key, uncompressed (65 bytes), as url-safe base64 without padding. */
export const HOST_KEY_LENGTH = 87;

const URL_SAFE_BASE64 = /^[A-Za-z0-9_-]+$/;

export interface Invite {
  readonly roomId: string;
  readonly key: string;
  readonly hostKey: string;
}

export function inviteLink(appUrl: string, invite: Invite): string {
  // The link opens the app itself; any fragment the app URL had is replaced.
  const base = appUrl.split('#')[0] ?? appUrl;
  return `${base}#/join/${invite.roomId}/${invite.key}/${invite.hostKey}`;
}

/** The room id and keys from a location hash ("#/join/<room>/<key>/<host key>") or a whole link; null for anything else. */
export function parseInviteFragment(hashOrLink: string): Invite | null {
  const at = hashOrLink.indexOf('#');
  const hash = at >= 0 ? hashOrLink.slice(at + 1) : hashOrLink;
  const match = /^\/join\/([^/?#]+)\/([^/?#]+)\/([^/?#]+)\/?$/.exec(hash.trim());
  if (!match) return null;
  const [, roomId = '', key = '', hostKey = ''] = match;
  if (roomId.length !== ROOM_ID_LENGTH || key.length !== ROOM_KEY_LENGTH || hostKey.length !== HOST_KEY_LENGTH) return null;
  if (![roomId, key, hostKey].every((part) => URL_SAFE_BASE64.test(part))) return null;
  return { roomId, key, hostKey };
}

export function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of url-safe base64, or null when the text is not that. */
export function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  if (!URL_SAFE_BASE64.test(text) || text.length % 4 === 1) return null;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
