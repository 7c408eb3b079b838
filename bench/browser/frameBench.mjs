// Frame time in Chromium (software WebGL, as in the e2e tests), against the production build (dist/):
// the room with 10, 30 and 100 labelled figures while the camera orbits without pause, beside a
// bare R3F page drawing the same figure shapes and labels (bench/browser/bare/) at the same canvas
// size, interleaved, median of three runs; WebGL draw calls per frame and per figure; and replay
// at 4x with 30 figures, with trails and without. Bounded: about 2 minutes (BENCH_BROWSER_MEASURE_MS,
// 3 s by default, is each measurement's length). Results:
// bench-results/browser.json. The sessions come from bench/browser/sessions.bench.ts.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { APP_DIST, APP_PORT, importSession as importFile, launchChromium, median, openPage, serve, tap } from './harness.mjs';

const BARE_PORT = APP_PORT + 1;
const BARE_DIST = 'bench-results/bare-dist';
const FIGURE_COUNTS = (process.env.BENCH_BROWSER_FIGURES ?? '10,30,100').split(',').map(Number);
const RUNS = 3;
const MEASURE_MS = Number(process.env.BENCH_BROWSER_MEASURE_MS ?? 3000);
/**
 * 100 figures draw 3–4 frames a second here, so a 3 s orbit gave 6–12 frames and its median
 * moved by half between full runs: those orbits are measured twice as long.
 */
const orbitMs = (figures) => (figures >= 100 ? 2 * MEASURE_MS : MEASURE_MS);
const sessionFile = (figures) => `bench-results/browser-session-${figures}.json.gz`;

if (!existsSync(`${APP_DIST}/index.html`)) execSync(`npx vite build --outDir ${APP_DIST}`, { stdio: 'ignore' });
execSync('npx vite build --config bench/browser/bare/vite.config.ts', { stdio: 'ignore' });
if (!FIGURE_COUNTS.every((figures) => existsSync(sessionFile(figures)))) {
  execSync('npx vitest run --config vitest.bench.config.ts bench/browser/sessions.bench.ts', { stdio: 'ignore' });
}

async function startRecording(page) {
  await page.evaluate(() =>
    Object.assign(window.__bench, { recording: true, frames: [], drawsPerFrame: [], labelsPerFrame: [], linksAtStart: window.__bench.links }),
  );
}

async function stopRecording(page) {
  const probe = await page.evaluate(() => {
    const { frames, drawsPerFrame, links, linksAtStart } = window.__bench;
    window.__bench.recording = false;
    return { frames, drawsPerFrame, links: links - linksAtStart };
  });
  const gaps = probe.frames.slice(1).map((at, i) => at - probe.frames[i]);
  const seconds = (probe.frames.at(-1) - probe.frames[0]) / 1000;
  return {
    frameMs: median(gaps),
    // Frames start on the display's beat (16.7 ms), so every gap, and their median, is a multiple
    // of it; the mean over the run has the resolution a small share (trails') needs.
    meanFrameMs: (seconds * 1000) / (probe.frames.length - 1),
    frames: probe.frames.length,
    drawsPerFrame: median(probe.drawsPerFrame),
    linksPerSecond: probe.links / seconds,
  };
}

/** Orbits the camera without pause: a drag from the far edge of the room, to and fro. */
async function orbit(page, measureMs) {
  const box = await page.locator('canvas').first().boundingBox();
  const y = box.y + box.height * 0.08;
  const left = box.x + box.width * 0.3;
  const right = box.x + box.width * 0.7;
  await page.mouse.move(left, y);
  await page.mouse.down();
  await startRecording(page);
  const until = Date.now() + measureMs;
  // One small move at a time, the clock read after each: a move waits for the page's frame, so a
  // leg of many steps on a slow frame would run far past the measurement.
  const STEPS = 20;
  for (let step = 1; Date.now() < until; step += 1) {
    const along = Math.abs(((step / STEPS + 1) % 2) - 1);
    await page.mouse.move(left + (right - left) * along, y);
  }
  const result = await stopRecording(page);
  await page.mouse.up();
  if (process.env.BENCH_BROWSER_VERBOSE) console.log('orbit', page.url(), result.frames, result.frameMs);
  return result;
}

/**
 * Waits until a page has drawn nothing for 0.6 s (at most `QUIET_MAX_MS`). The bare page's orbit
 * controls glide on after the mouse lets go (drei's damping), drawing for seconds on software
 * WebGL, which took the processor from whichever page was measured next.
 */
async function quiet(page) {
  const QUIET_MAX_MS = 15_000;
  const until = Date.now() + QUIET_MAX_MS;
  let draws = await page.evaluate(() => window.__bench.draws);
  for (let still = 0; still < 2 && Date.now() < until;) {
    await page.waitForTimeout(300);
    const now = await page.evaluate(() => window.__bench.draws);
    still = now === draws ? still + 1 : 0;
    draws = now;
  }
}

const startedAt = Date.now();
const progress = (what) => console.log(`frame bench: ${what} after ${Math.round((Date.now() - startedAt) / 1000)} s`);

async function importSession(browser, figures) {
  const page = await openPage(browser, `http://127.0.0.1:${APP_PORT}/`);
  await importFile(page, `${figures}.json.gz`, readFileSync(sessionFile(figures)));
  return page;
}

async function settle(page) {
  await page.locator('canvas').first().waitFor();
  await page.waitForTimeout(1500);
}

const stopServers = await Promise.all([serve(APP_PORT, APP_DIST), serve(BARE_PORT, BARE_DIST)]);
const browser = await launchChromium();
try {
  const pages = [];
  // BENCH_BROWSER_ONLY=replay measures only the replay (to compare two builds back to back).
  for (const figures of process.env.BENCH_BROWSER_ONLY === 'replay' ? [] : FIGURE_COUNTS) {
    const app = await importSession(browser, figures);
    await app.getByRole('button', { name: 'Open session with Bench' }).click();
    await settle(app);
    const bare = await openPage(browser, `http://127.0.0.1:${BARE_PORT}/?figures=${figures}`);
    await settle(bare);
    pages.push({ figures, app, bare, runs: { app: [], bare: [] } });
  }
  progress('pages open');
  for (let run = 0; run < RUNS; run += 1) {
    for (const entry of pages) {
      for (const which of run % 2 ? ['bare', 'app'] : ['app', 'bare']) {
        entry.runs[which].push(await orbit(entry[which], orbitMs(entry.figures)));
        await quiet(entry[which]);
      }
    }
  }
  const summary = (runs) => ({
    frameMs: Math.round(median(runs.map((r) => r.frameMs)) * 10) / 10,
    meanFrameMs: Math.round(median(runs.map((r) => r.meanFrameMs)) * 10) / 10,
    drawsPerFrame: median(runs.map((r) => r.drawsPerFrame)),
    framesMeasured: runs.map((r) => r.frames),
  });
  const orbiting = pages.map(({ figures, runs }) => {
    const app = summary(runs.app);
    const bare = summary(runs.bare);
    return { figures, app, bare, ratio: Math.round((app.frameMs / bare.frameMs) * 100) / 100 };
  });
  for (const { app, bare } of pages) await Promise.all([app.context().close(), bare.context().close()]);
  const perFigure = (which) => {
    const first = orbiting[0];
    const last = orbiting.at(-1);
    if (!first || !last || first === last) return null;
    return Math.round(((last[which].drawsPerFrame - first[which].drawsPerFrame) / (last.figures - first.figures)) * 100) / 100;
  };

  // Replay at 4x, 30 figures: with trails (as replay opens) and without, interleaved.
  progress('orbits measured');
  const replay = await importSession(browser, 30);
  await replay.getByRole('button', { name: 'Replay session with Bench' }).click();
  await replay.getByRole('slider', { name: 'Time' }).waitFor({ timeout: 60_000 });
  await replay.getByRole('button', { name: 'More', exact: true }).click();
  await replay.getByLabel('Speed').selectOption('4');
  const trails = replay.getByRole('checkbox', { name: 'Trails' });
  await replay.keyboard.press('Escape');
  await settle(replay);
  progress('replay open');
  const replayRuns = { trails: [], none: [] };
  for (let run = 0; run < RUNS; run += 1) {
    for (const shown of run % 2 ? ['none', 'trails'] : ['trails', 'none']) {
      await replay.getByRole('button', { name: 'More', exact: true }).click();
      await trails.setChecked(shown === 'trails');
      await replay.keyboard.press('Escape');
      await tap(replay.getByRole('button', { name: 'Play', exact: true }));
      await replay.waitForTimeout(300);
      await startRecording(replay);
      await replay.waitForTimeout(MEASURE_MS);
      replayRuns[shown].push(await stopRecording(replay));
      await tap(replay.getByRole('button', { name: 'Pause', exact: true }));
    }
  }
  const replaySummary = (runs) => ({ ...summary(runs), shaderLinksPerSecond: Math.round(median(runs.map((r) => r.linksPerSecond)) * 10) / 10 });
  const result = {
    canvas: 'page 1280 x 800',
    runs: RUNS,
    measureMs: MEASURE_MS,
    orbiting,
    drawCallsPerFigure: { app: perFigure('app'), bare: perFigure('bare') },
    replay4x30: { trails: replaySummary(replayRuns.trails), noTrails: replaySummary(replayRuns.none) },
  };
  progress('replay measured');
  writeFileSync('bench-results/browser.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log('frame time in Chromium, camera orbiting (median of three interleaved runs)');
  console.table(
    orbiting.map(({ figures, app, bare, ratio }) => ({
      figures,
      'Resonans ms': app.frameMs,
      'bare ms': bare.frameMs,
      ratio,
      'Resonans draws': app.drawsPerFrame,
      'bare draws': bare.drawsPerFrame,
    })),
  );
  console.log('draw calls per figure', result.drawCallsPerFigure);
  console.log('replay at 4x, 30 figures', result.replay4x30);
} finally {
  await browser.close();
  for (const stop of stopServers) stop();
}
