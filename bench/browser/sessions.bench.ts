import { writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { writeResonansFile } from '../../src/domain/format/resonansFile';
import { epochMillis } from '../../src/domain/model/units';
import { generateLongSession } from '../generateLongSession';

/** The figure counts the frame-time benchmark (`bench/browser/frameBench.mjs`) measures at. */
export const FIGURE_COUNTS = [10, 30, 100] as const;

/**
 * Short sessions (six recorded minutes) of 10, 30 and 100 figures as session files, for the
 * frame-time benchmark, which imports them into the built app in Chromium: long enough that a
 * replay at 4x keeps figures moving for the whole measurement.
 */
test('sessions of 10, 30 and 100 figures as files for the frame-time benchmark', async () => {
  for (const figures of FIGURE_COUNTS) {
    const session = generateLongSession({ hours: 0.1, figures, dragShare: 0.6, sampleHz: 20, seed: figures });
    const file = await writeResonansFile({ kind: 'session', session, pseudonymised: false }, epochMillis(Date.UTC(2026, 10, 28)));
    expect(file.size).toBeGreaterThan(0);
    writeFileSync(`bench-results/browser-session-${figures}.json.gz`, new Uint8Array(await file.arrayBuffer()));
  }
}, 600_000);
