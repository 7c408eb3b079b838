import { writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readResonansFile, writeResonansFile } from '../src/domain/format/resonansFile';
import { sessionFileText } from '../src/domain/format/sessionFile';
import { sessionId } from '../src/domain/model/ids';
import type { Session } from '../src/domain/model/session';
import { epochMillis } from '../src/domain/model/units';
import { generateLongSession } from './generateLongSession';
import { timeOnce } from './stats';

/**
 * Backups of a library of 10 and of 200 recorded hours: the size of the file (compressed, and
 * protected) and the time to write and to read it back, checked, as the app does. The library
 * is sessions of 10 hours recorded like the recording benchmark's (30 figures, drags 30% of the
 * time at 20 Hz), each under its own id. Results go to bench-results/backup.json.
 */
const SESSION_HOURS = 10;
const EXPORTED = epochMillis(Date.UTC(2026, 10, 28));
const PASSPHRASE = 'a passphrase for the benchmark';

test('backups of 10 and 200 recorded hours', async () => {
  const base = generateLongSession({ hours: SESSION_HOURS, figures: 30, dragShare: 0.3, sampleHz: 20, seed: 7 });
  const jsonCharsPerSession = sessionFileText(base, EXPORTED).length;
  // Copies share the recorded events in memory; the file holds each in full.
  const library = (hours: number): Session[] =>
    Array.from({ length: hours / SESSION_HOURS }, (_, i) => ({ ...base, info: { ...base.info, id: sessionId(`bench-${i}`) } }));
  const results: Record<string, unknown> = { sessionHours: SESSION_HOURS, eventsPerSession: base.recording.events.length };
  // npm run bench passes 10,20 to stay under ten minutes on a busy machine; BENCH_BACKUP_HOURS=10,200 for the long case.
  for (const hours of (process.env.BENCH_BACKUP_HOURS ?? '10,200').split(',').map(Number)) {
    const sessions = library(hours);
    const written = await timeOnce(() => writeResonansFile({ kind: 'backup', sessions }, EXPORTED));
    const read = await timeOnce(() => readResonansFile(written.value));
    expect(read.value.ok && read.value.kind === 'backup' && read.value.sessions.length).toBe(sessions.length);
    const protectedFile = await timeOnce(() => writeResonansFile({ kind: 'backup', sessions }, EXPORTED, { passphrase: PASSPHRASE }));
    const unlocked = await timeOnce(() => readResonansFile(protectedFile.value, PASSPHRASE));
    expect(unlocked.value.ok).toBe(true);
    results[`${hours}h`] = {
      sessions: sessions.length,
      compactJsonBytes: jsonCharsPerSession * sessions.length,
      fileBytes: written.value.size,
      protectedFileBytes: protectedFile.value.size,
      exportMs: Math.round(written.ms),
      importMs: Math.round(read.ms),
      exportProtectedMs: Math.round(protectedFile.ms),
      importProtectedMs: Math.round(unlocked.ms),
    };
    console.log(hours, JSON.stringify(results[`${hours}h`]));
  }
  writeFileSync('bench-results/backup.json', `${JSON.stringify(results, null, 2)}\n`);
}, 1_800_000);
