// The table `npm run bench` ends with: each budget of issue 14 beside what this run measured,
// then the other numbers worth watching, read from the stages' files in bench-results/.
import { existsSync, readFileSync, statSync } from 'node:fs';

const read = (name) => {
  const file = `bench-results/${name}.json`;
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
};

const ms = (value) => (typeof value === 'number' && Number.isFinite(value) ? `${Math.round(value)} ms` : undefined);
const mb = (bytes) => (typeof bytes === 'number' ? `${(bytes / 1e6).toFixed(2)} MB` : undefined);
const kB = (bytes) => (typeof bytes === 'number' ? `${Math.round(bytes / 1000)} kB` : undefined);
const times = (value) => (typeof value === 'number' && Number.isFinite(value) ? `${value.toFixed(2)}x` : undefined);
const share = (value) => (typeof value === 'number' && Number.isFinite(value) ? `${Math.round(value * 100)}%` : undefined);

/** One row: `check` says whether the measured value keeps the budget (undefined when not measured). */
const row = (what, budget, shown, check) => ({ what, budget, measured: shown ?? 'not measured', ok: shown === undefined ? '—' : check ? 'yes' : 'NO' });

export function budgetRows() {
  const browser = read('browser');
  const recording = read('recording');
  const session = browser?.threeHourSession;
  const bare30 = browser?.orbiting?.find((entry) => entry.figures === 30)?.bare.frameMs;
  const replay = browser?.replay4x30;
  const exportFile = 'bench-results/three-hour-session.json.gz';
  const exportPerHour = existsSync(exportFile) ? statSync(exportFile).size / (recording?.session.hours ?? 3) : undefined;
  const storedPerHour = recording?.size?.storedBytesPerHour ?? recording?.size?.jsonBytesPerHour;
  const memory = session?.memory;
  const replayRatio = replay && bare30 ? replay.trails.frameMs / bare30 : undefined;
  // From the mean frame time: medians are whole beats of the display (16.7 ms), and one beat is a fifth of a replay frame.
  const trailsShare = replay ? (replay.trails.meanFrameMs ?? replay.trails.frameMs) / (replay.noTrails.meanFrameMs ?? replay.noTrails.frameMs) - 1 : undefined;
  return [
    ...(browser?.orbiting ?? []).map(({ figures, ratio, app, bare }) =>
      row(`frame, camera orbiting, ${figures} figures (${app.frameMs} vs bare ${bare.frameMs} ms)`, '≤ 1.3x bare', times(ratio), ratio <= 1.3),
    ),
    row(
      `frame, replay 4x, 30 figures, trails${replayRatio ? ` (${replay.trails.frameMs} vs bare ${bare30} ms)` : ''}`,
      '≤ 1.3x bare',
      times(replayRatio),
      replayRatio <= 1.3,
    ),
    row(
      `trails, share of a replay frame${replay?.trails.meanFrameMs ? ` (mean ${replay.trails.meanFrameMs} vs ${replay.noTrails.meanFrameMs} ms)` : ''}`,
      '≤ 10%',
      share(trailsShare),
      trailsShare <= 0.1,
    ),
    row(
      'shader programs linked while replaying',
      '0 a second',
      replay ? `${replay.trails.shaderLinksPerSecond} a second` : undefined,
      replay?.trails.shaderLinksPerSecond === 0,
    ),
    row('draw calls per figure', '≤ 3', browser?.drawCallsPerFigure?.app?.toString(), browser?.drawCallsPerFigure?.app <= 3),
    row('3 h, 30 figures: open, to a complete frame', '< 400 ms', ms(session?.open.medianMs), session?.open.medianMs < 400),
    row('3 h: first complete replay frame', '< 250 ms', ms(session?.replayFirstFrame.medianMs), session?.replayFirstFrame.medianMs < 250),
    row('recording in storage, per hour', '≤ 2 MB', mb(storedPerHour), storedPerHour <= 2e6),
    row('exported file, per hour', '≤ 1 MB', mb(exportPerHour), exportPerHour <= 1e6),
    row(
      'JS heap at start → middle → end of a whole 3 h replay at 8x',
      'flat (second half adds ≤ 5%)',
      memory ? `${memory.atStart.heapMB} → ${memory.atMiddle?.heapMB} → ${memory.atEnd.heapMB} MB` : undefined,
      memory?.atEnd.heapMB - (memory?.atMiddle?.heapMB ?? memory?.atStart.heapMB) <= memory?.atStart.heapMB * 0.05,
    ),
  ];
}

/** Numbers without a budget, so a run can be compared with the one before. */
export function otherRows() {
  const recording = read('recording');
  const browser = read('browser');
  const video = read('video');
  const relay = read('relay');
  const report = read('report');
  const analysis = read('analysis');
  const labels = read('labels');
  const backup = read('backup');
  const build = read('build');
  const session = browser?.threeHourSession;
  const relayRow = (scenario) => {
    const result = relay?.find((entry) => entry.scenario === scenario);
    return (
      result &&
      `${result.rooms} rooms at ${result.hz} Hz for ${result.measuredSeconds} s: median ${ms(result.latencyMedianMs)}, p99 ${ms(result.latencyP99Ms)}, ${result.deliveredPerSecond} of ${result.offeredPerSecond} frames/s delivered`
    );
  };
  const backups = Object.entries(backup ?? {}).filter(([key]) => key.endsWith('h'));
  return [
    ['3 h: seek in replay, to a complete frame (median / slowest)', session && `${ms(session.seek.medianMs)} / ${ms(session.seek.slowestMs)}`],
    ['3 h: import of the file in the library', ms(session?.importMs)],
    [
      '3 h: open / replay, the first frame drawn at all (median)',
      session && `${ms(session.open.firstFrameMs.medianMs)} / ${ms(session.replayFirstFrame.firstFrameMs.medianMs)}`,
    ],
    ['3 h: DOM nodes before → after the whole replay', session && `${session.memory.atStart.domNodes} → ${session.memory.atEnd.domNodes}`],
    ['recording: index for replay / stateAt median', recording && `${ms(recording.indexMs)} / ${recording.stateAt.medianMs} ms`],
    ['recording: validate from JSON / load from IndexedDB', recording && `${ms(recording.validateJsonMs)} / ${ms(recording.indexedDb.loadMs)}`],
    ['label placement, one frame of 30 labels (median)', labels && `${labels.perFrame.medianMs} ms`],
    ['analysis of the 3 h session (median)', ms(analysis?.medianMs)],
    ['session report of the 3 h session (content + PDF, last run)', ms(report?.runs?.at(-1)?.totalMs)],
    ...backups.map(([hours, result]) => [
      `backup of ${hours}: file / export / import`,
      `${mb(result.fileBytes)} / ${ms(result.exportMs)} / ${ms(result.importMs)}`,
    ]),
    ['video of the 3 h session at 8x: frames made a second / projected', video && `${video.madeFramesPerSecond} / ${video.projectedMinutes} min`],
    ['relay under load, one relay', relayRow('one relay')],
    ['relay under load, two relays and Redis', relayRow('two relays and Redis')],
    ['first script (gzip) / all scripts (gzip)', build && `${kB(build.firstScriptGzipBytes) ?? '?'} / ${kB(build.scriptGzipBytes)}`],
  ].map(([what, measured]) => ({ what, measured: measured ?? 'not measured' }));
}
