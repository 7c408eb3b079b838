// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { base64UrlToBytes, bytesToBase64Url, inviteLink, parseInviteFragment } from './invite';

const roomId = 'AbCdEfGhIjKlMnOpQr_-12';
const key = 'zyxwvutsrqponmlkjihg-_';
const hostKey = `B${'k'.repeat(85)}Q`;

describe('the invite link', () => {
  it('carries the room, the key and the host key in its fragment, which a browser never sends', () => {
    const link = inviteLink('http://127.0.0.1:5173/app/#/session/1', { roomId, key, hostKey });
    expect(link).toBe(`http://127.0.0.1:5173/app/#/join/${roomId}/${key}/${hostKey}`);
    expect(new URL(link).pathname).toBe('/app/');
    expect(parseInviteFragment(link)).toEqual({ roomId, key, hostKey });
    expect(parseInviteFragment(`#/join/${roomId}/${key}/${hostKey}/`)).toEqual({ roomId, key, hostKey });
  });

  it('is refused when cut short, changed or something else', () => {
    for (const hash of [
      '',
      '#/session/abc',
      `#/join/${roomId}`,
      // A link from before the host key: it could not tell the therapist from someone else holding it.
      `#/join/${roomId}/${key}`,
      `#/join/${roomId.slice(1)}/${key}/${hostKey}`,
      `#/join/${roomId}/${key}x/${hostKey}`,
      `#/join/${roomId}/${key}/${hostKey.slice(1)}`,
      `#/join/${roomId}/${key.replace('z', '+')}/${hostKey}`,
      `#/join/${roomId}/${key}/${hostKey.replace('k', '/')}`,
    ]) {
      expect(parseInviteFragment(hash)).toBeNull();
    }
  });

  it('reads back the bytes it wrote, without padding and without + or /', () => {
    const bytes = new Uint8Array([251, 255, 191, 0, 1, 2, 62, 63, 250, 128, 7, 9, 200, 100, 50, 25]);
    const text = bytesToBase64Url(bytes);
    expect(text).toHaveLength(22);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(base64UrlToBytes(text)).toEqual(bytes);
    expect(base64UrlToBytes('a+b=')).toBeNull();
  });
});
