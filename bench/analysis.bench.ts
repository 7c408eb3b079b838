import { writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { analyseRecording } from '../src/domain/analysis/analyseRecording';
import { indexRecording } from '../src/domain/replay/recordingIndex';
import { generateLongSession } from './generateLongSession';
import { timeOnce, timeRuns } from './stats';

/**
 * The movement analysis of the three-hour benchmark session (30 figures): the distance from
 * "Me" to every other figure over the whole session, who faces whom at each phase end, movement
 * and turning per phase, and first moves in the wordless phase. The goal is under 200 ms.
 * Results go to the console and bench-results/analysis.json; numbers compare runs on one machine.
 */
test('analysis of a three-hour session', async () => {
  const session = generateLongSession({ hours: 3, figures: 30, dragShare: 0.3, sampleHz: 20, seed: 7 });
  const index = indexRecording(session.recording);
  const me = index.order[0];
  if (!me) throw new Error('no figures');
  const pairs = index.order.slice(1).map((b) => ({ a: me, b }));
  const first = await timeOnce(() => analyseRecording(index, session.info.template, pairs));
  const runs = timeRuns(10, () => analyseRecording(index, session.info.template, pairs));
  const results = {
    session: { hours: 3, figures: 30, events: session.recording.events.length },
    pairs: pairs.length,
    distanceSamples: first.value.distances.reduce((sum, d) => sum + d.samples.length, 0),
    firstRunMs: round(first.ms),
    medianMs: round(runs.medianMs),
    p99Ms: round(runs.p99Ms),
    goalMs: 200,
  };
  console.log(JSON.stringify(results, null, 2));
  writeFileSync('bench-results/analysis.json', `${JSON.stringify(results, null, 2)}\n`);
}, 600_000);

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
