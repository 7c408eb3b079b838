// The three-hour, 30-figure session (bench/video/threeHourSession.bench.ts writes it) in Chromium
// against the production build, as a therapist meets it: import the file in the library; open it
// (from the click to the first frame with every figure and its label drawn); enter its replay
// (to the first complete replay frame); seek in replay; and the page's memory (JS heap after
// garbage collection, DOM nodes, listeners) at the start, middle and end of a replay from start to end at 8x,
// seeking ahead in steps so the whole session passes in under a minute. Results are added to
// bench-results/browser.json as `threeHourSession`. About a minute and a half.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { APP_DIST, APP_PORT, importSession, launchChromium, median, openPage, round, serve, tap } from './harness.mjs';

const SESSION_FILE = 'bench-results/three-hour-session.json.gz';
const RESULTS_FILE = 'bench-results/browser.json';
const PORT = APP_PORT + 2;
const RUNS = Number(process.env.BENCH_SESSION_RUNS ?? 3);
const SEEKS = Number(process.env.BENCH_SESSION_SEEKS ?? 6);
const REPLAY_STEPS = Number(process.env.BENCH_SESSION_REPLAY_STEPS ?? 18);
const STEP_MS = 500;
/** How long the library stands before the click that opens the session. */
const LIBRARY_PAUSE_MS = 1000;
// Profiling knobs: BENCH_SESSION_PARTS=replay,seek times only those parts (open, replay, seek,
// memory; the room is still opened and replay entered once when a later part needs them) and
// prints them without touching the results file; BENCH_SESSION_PROFILE=dir writes a CPU profile
// (DevTools protocol) of each timed act there, to read with bench/browser/profileSummary.mjs.
// A profiled act runs slower than it would.
const PARTS = new Set((process.env.BENCH_SESSION_PARTS ?? 'open,replay,seek,memory').split(','));
const PROFILE_DIR = process.env.BENCH_SESSION_PROFILE;
// BENCH_SESSION_TRACE=dir writes a Chrome trace of each timed act instead (main thread and GPU
// process: tasks, frames, WebGL calls), for chrome://tracing or bench/browser/traceSummary.mjs.
const TRACE_DIR = process.env.BENCH_SESSION_TRACE;
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'gpu', 'blink', 'cc', 'viz'];

if (!existsSync(`${APP_DIST}/index.html`)) execSync(`npx vite build --outDir ${APP_DIST}`, { stdio: 'ignore' });
if (!existsSync(SESSION_FILE)) execSync('npx vitest run --config vitest.bench.config.ts bench/video/threeHourSession.bench.ts', { stdio: 'ignore' });

const watch = (page) =>
  page.evaluate(() => Object.assign(window.__bench, { recording: true, frames: [], drawsPerFrame: [], labelsPerFrame: [], lastAction: 0 }));

/**
 * Waits until the room has drawn and then drawn nothing for `quietMs`, and times the frames
 * since the last act: the first frame drawn, and the first complete one, showing as many figure
 * labels as the room shows once it is still (a label shows only once its figure is drawn).
 */
async function settled(page, quietMs = 800) {
  const deadline = Date.now() + 60_000;
  let count = -1;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    const now = await page.evaluate(() => window.__bench.frames.length);
    if (now !== count) [count, quietSince] = [now, Date.now()];
    else if (count > 0 && Date.now() - quietSince >= quietMs) break;
    await page.waitForTimeout(100);
  }
  const probe = await page.evaluate(() => {
    window.__bench.recording = false;
    const { frames, drawsPerFrame, labelsPerFrame, lastAction } = window.__bench;
    // Frames still drawing what came before the act (a camera settling) do not count.
    const after = frames.findIndex((at) => at >= lastAction);
    const since = (list) => (after < 0 ? [] : list.slice(after));
    return { frames: since(frames), drawsPerFrame: since(drawsPerFrame), labelsPerFrame: since(labelsPerFrame), lastAction };
  });
  if (probe.frames.length === 0) throw new Error('the room drew nothing after the act');
  const labels = probe.labelsPerFrame.at(-1);
  const complete = probe.labelsPerFrame.findIndex((shown) => shown === labels);
  return {
    firstFrameMs: round(probe.frames[0] - probe.lastAction),
    completeFrameMs: round(probe.frames[complete] - probe.lastAction),
    labels,
    draws: probe.drawsPerFrame[complete],
    // Every frame drawn after the act: when (ms after it), how many labels showed, how many draws.
    frames: probe.frames.map((at, i) => `${round(at - probe.lastAction, 0)}:${probe.labelsPerFrame[i]}:${probe.drawsPerFrame[i]}`),
  };
}

/** The page's memory after two garbage collections, through the DevTools protocol. */
async function memory(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
  return { heapMB: round(metric('JSHeapUsedSize') / 2 ** 20, 2), domNodes: metric('Nodes'), listeners: metric('JSEventListeners') };
}

// BENCH_SESSION_SCREENSHOTS=1 keeps a picture of what counted as complete, to check the criterion by eye.
const look = async (page, name) => {
  if (process.env.BENCH_SESSION_SCREENSHOTS) await page.screenshot({ path: `bench-results/session-${name}.png` });
};

const summary = (runs, key) => ({ medianMs: median(runs.map((run) => run[key])), runsMs: runs.map((run) => run[key]) });

/** Runs a timed act under the CPU profiler when BENCH_SESSION_PROFILE asks for it. */
async function profiled(page, name, act) {
  if (TRACE_DIR) {
    mkdirSync(TRACE_DIR, { recursive: true });
    await browser.startTracing(page, { path: `${TRACE_DIR}/${name}.json`, categories: TRACE_CATEGORIES });
    try {
      return await act();
    } finally {
      await browser.stopTracing();
    }
  }
  if (!PROFILE_DIR) return act();
  mkdirSync(PROFILE_DIR, { recursive: true });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  try {
    return await act();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(`${PROFILE_DIR}/${name}.cpuprofile`, JSON.stringify(profile));
    await cdp.detach();
  }
}

const more = async (page, work) => {
  await page.getByRole('button', { name: 'More', exact: true }).click();
  await work();
  await page.keyboard.press('Escape');
};

const stopServer = await serve(PORT, APP_DIST);
const browser = await launchChromium();
/** Every part, as a therapist goes through them; returns early when BENCH_SESSION_PARTS leaves out memory. */
async function measure() {
  const url = `http://127.0.0.1:${PORT}/`;
  const page = await openPage(browser, url);
  const importStarted = Date.now();
  await importSession(page, 'three-hours.json.gz', readFileSync(SESSION_FILE));
  const importMs = Date.now() - importStarted;

  // Opening: each run from a freshly loaded library, as after starting the app. A therapist
  // looks at the library for a moment before choosing a session (the app builds the room out of
  // sight meanwhile, see app/KeptRoom.tsx): the click comes LIBRARY_PAUSE_MS after the library
  // shows. The same opens with the click at once, before the app has had a moment to itself,
  // are timed too (`openAtOnce`), as the worst case.
  const openRuns = async (name, pauseMs) => {
    const runs = [];
    for (let run = 0; run < (PARTS.has('open') ? RUNS : 1); run += 1) {
      await page.goto(url);
      const open = page.getByRole('button', { name: 'Open session with Bench' });
      await open.waitFor();
      await page.waitForTimeout(pauseMs);
      await watch(page);
      runs.push(await profiled(page, `${name}-${run}`, async () => (await open.click(), settled(page))));
    }
    return runs;
  };
  const opensAtOnce = PARTS.has('open') ? await openRuns('open-at-once', 0) : [];
  const opens = await openRuns('open', LIBRARY_PAUSE_MS);
  await look(page, 'open');

  // Entering replay from the open room, and leaving it again between runs.
  const replays = [];
  const slider = page.getByRole('slider', { name: 'Time' });
  for (let run = 0; run < (PARTS.has('replay') ? RUNS : 1); run += 1) {
    if (run > 0) {
      await page.getByRole('button', { name: 'Exit replay' }).click();
      await page.getByRole('button', { name: 'Replay', exact: true }).waitFor();
      await page.waitForTimeout(1000);
      // The room the editing view shows again after a replay: live poses, nothing faded.
      await look(page, 'after-replay');
    }
    await watch(page);
    const enter = async () => {
      await page.getByRole('button', { name: 'Replay', exact: true }).click();
      await slider.waitFor({ timeout: 60_000 });
      return settled(page);
    };
    replays.push(await profiled(page, `replay-${run}`, enter));
  }
  await look(page, 'replay');

  // Seeks, paused, to times spread over the session (a fixed sequence, so every run seeks alike).
  const durationMs = Number(await slider.getAttribute('max'));
  const seeks = [];
  for (let seek = 1; seek <= (PARTS.has('seek') ? SEEKS : 0); seek += 1) {
    await watch(page);
    const to = String(Math.round(((seek * 0.618034) % 1) * durationMs));
    seeks.push(await profiled(page, `seek-${seek}`, async () => (await slider.fill(to), settled(page, 500))));
  }
  if (seeks.length > 0) await look(page, 'seek');
  if (!PARTS.has('memory')) {
    const times = (runs) => runs.map((run) => `${run.firstFrameMs}/${run.completeFrameMs}`).join(' ');
    console.log(`first/complete frame, ms: open ${times(opens)} · at once ${times(opensAtOnce)} · replay ${times(replays)} · seek ${times(seeks)}`);
    // Every frame after each act (ms after it : labels shown : draws), to see how many frames an act costs.
    for (const [name, runs] of Object.entries({ open: opens, openAtOnce: opensAtOnce, replay: replays, seek: seeks }))
      for (const run of runs) console.log(name, run.frames.join(' '));
    return;
  }

  // Memory across the whole replay at 8x: from the start, playing, seeking ahead step by step.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await slider.fill('0');
  await page.waitForTimeout(1000);
  const atStart = await memory(cdp);
  await more(page, () => page.getByLabel('Speed').selectOption('8'));
  await tap(page.getByRole('button', { name: 'Play', exact: true }));
  let atMiddle;
  for (let step = 1; step <= REPLAY_STEPS; step += 1) {
    await slider.fill(String(Math.round((step / REPLAY_STEPS) * durationMs)));
    await page.waitForTimeout(STEP_MS);
    // Halfway, once the code paths are warm: what the second half adds is what a leak would add.
    if (step === Math.floor(REPLAY_STEPS / 2)) atMiddle = await memory(cdp);
  }
  const pause = page.getByRole('button', { name: 'Pause', exact: true });
  if (await pause.isVisible()) await tap(pause);
  await page.waitForTimeout(1000);
  const atEnd = await memory(cdp);

  const result = {
    session: { file: SESSION_FILE, fileBytes: readFileSync(SESSION_FILE).length, durationMs },
    importMs,
    open: {
      ...summary(opens, 'completeFrameMs'),
      firstFrameMs: summary(opens, 'firstFrameMs'),
      labels: opens.at(-1)?.labels,
      draws: opens.at(-1)?.draws,
      libraryPauseMs: LIBRARY_PAUSE_MS,
    },
    openAtOnce: summary(opensAtOnce, 'completeFrameMs'),
    replayFirstFrame: { ...summary(replays, 'completeFrameMs'), firstFrameMs: summary(replays, 'firstFrameMs'), labels: replays.at(-1)?.labels },
    seek: { ...summary(seeks, 'completeFrameMs'), slowestMs: Math.max(...seeks.map((seek) => seek.completeFrameMs)) },
    memory: { replaySteps: REPLAY_STEPS, speed: 8, atStart, atMiddle, atEnd, secondHalfGrowthMB: atMiddle ? round(atEnd.heapMB - atMiddle.heapMB, 2) : null },
  };
  const previous = existsSync(RESULTS_FILE) ? JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) : {};
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ ...previous, threeHourSession: result }, null, 2)}\n`);
  console.log('three-hour, 30-figure session in Chromium', JSON.stringify(result, null, 2));
}
try {
  await measure();
} finally {
  await browser.close();
  stopServer();
}
