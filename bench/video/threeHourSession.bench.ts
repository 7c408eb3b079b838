import { writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { writeResonansFile } from '../../src/domain/format/resonansFile';
import { epochMillis } from '../../src/domain/model/units';
import { generateLongSession } from '../generateLongSession';

/**
 * Writes the recording benchmark's three-hour session as a session file, for the video
 * benchmark (`bench/video/videoBench.mjs`), which imports it into the built app in Chromium.
 */
test('the three-hour session as a file for the video benchmark', async () => {
  const session = generateLongSession({ hours: 3, figures: 30, dragShare: 0.3, sampleHz: 20, seed: 7 });
  const file = await writeResonansFile({ kind: 'session', session, pseudonymised: false }, epochMillis(Date.UTC(2026, 10, 28)));
  expect(file.size).toBeGreaterThan(0);
  writeFileSync('bench-results/three-hour-session.json.gz', new Uint8Array(await file.arrayBuffer()));
}, 600_000);
