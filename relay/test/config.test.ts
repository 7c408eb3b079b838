// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readRelayConfig, relayDefaults } from '../config.js';
import { defaultOrigins, isOriginAllowed, parseOrigins } from '../origins.js';

describe('the relay settings from the environment', () => {
  it('start on loopback with the contract limits when nothing is set', () => {
    expect(readRelayConfig({})).toEqual({ ...relayDefaults, origins: defaultOrigins, redisUrl: null });
    expect(relayDefaults).toEqual({ host: '127.0.0.1', port: 8787, maxFrameBytes: 262_144, roomTtlMs: 43_200_000 });
  });

  it('take what a practice sets', () => {
    expect(
      readRelayConfig({
        RELAY_HOST: '0.0.0.0',
        RELAY_PORT: '8788',
        RELAY_ORIGINS: 'https://resonans.practice.example, https://backup.practice.example',
        REDIS_URL: 'redis://127.0.0.1:6390',
        RELAY_MAX_FRAME_BYTES: '65536',
        RELAY_ROOM_TTL_MS: '3600000',
      }),
    ).toEqual({
      host: '0.0.0.0',
      port: 8788,
      origins: ['https://resonans.practice.example', 'https://backup.practice.example'],
      redisUrl: 'redis://127.0.0.1:6390',
      maxFrameBytes: 65_536,
      roomTtlMs: 3_600_000,
    });
  });

  it.each([
    ['RELAY_PORT', 'eighty'],
    ['RELAY_PORT', '70000'],
    ['RELAY_MAX_FRAME_BYTES', '0'],
    ['RELAY_MAX_FRAME_BYTES', '1.5'],
    ['RELAY_ROOM_TTL_MS', '-1'],
  ])('refuse %s=%s with a message naming it', (name, value) => {
    expect(() => readRelayConfig({ [name]: value })).toThrow(name);
  });
});

describe('allowed origins', () => {
  it.each([
    ['http://127.0.0.1:5173', true],
    ['http://localhost:4173', true],
    ['http://localhost', true],
    ['HTTP://LOCALHOST:8080', true],
    ['https://127.0.0.1:5173', false],
    ['http://127.0.0.1.elsewhere.example', false],
    ['http://localhost:80x', false],
    ['http://localhost:5173.elsewhere.example', false],
    ['null', false],
    [undefined, false],
    ['', false],
  ])('by default %s is %s', (origin, allowed) => {
    expect(isOriginAllowed(origin, defaultOrigins)).toBe(allowed);
  });

  it('match a named origin exactly, a trailing slash aside', () => {
    const patterns = parseOrigins('https://resonans.practice.example/');

    expect(isOriginAllowed('https://resonans.practice.example', patterns)).toBe(true);
    expect(isOriginAllowed('https://resonans.practice.example:8443', patterns)).toBe(false);
    expect(isOriginAllowed('https://evil-resonans.practice.example', patterns)).toBe(false);
  });

  it('fall back to loopback when the list is empty', () => {
    expect(parseOrigins(' , ')).toBe(defaultOrigins);
  });
});
