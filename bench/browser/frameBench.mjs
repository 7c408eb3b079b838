// Frame time in Chromium (software WebGL, as in the e2e tests), against the production build (dist/):
// the room with 10, 30 and 100 labelled figures while the camera orbits without pause, beside a
// bare R3F page drawing the same figure shapes and labels (bench/browser/bare/) at the same canvas
// size, interleaved, median of three runs; WebGL draw calls per frame and per figure; and replay
// at 4x with 30 figures, with trails and without. Bounded: about 3 minutes. Results:
// bench-results/browser.json. The sessions come from bench/browser/sessions.bench.ts.
import { execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const APP_PORT = Number(process.env.BENCH_BROWSER_PORT ?? 4195);
const BARE_PORT = APP_PORT + 1;
const APP_DIST = process.env.BENCH_DIST ?? 'dist';
const BARE_DIST = 'bench-results/bare-dist';
const FIGURE_COUNTS = (process.env.BENCH_BROWSER_FIGURES ?? '10,30,100').split(',').map(Number);
const RUNS = 3;
const MEASURE_MS = Number(process.env.BENCH_BROWSER_MEASURE_MS ?? 4000);
const sessionFile = (figures) => `bench-results/browser-session-${figures}.json.gz`;
// The same launch options as playwright.config.ts.
const LAUNCH_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

if (!existsSync(`${APP_DIST}/index.html`)) execSync(`npx vite build --outDir ${APP_DIST}`, { stdio: 'ignore' });
execSync('npx vite build --config bench/browser/bare/vite.config.ts', { stdio: 'ignore' });
if (!FIGURE_COUNTS.every((figures) => existsSync(sessionFile(figures)))) {
  execSync('npx vitest run --config vitest.bench.config.ts bench/browser/sessions.bench.ts', { stdio: 'ignore' });
}

const serve = (port, outDir) =>
  spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], { stdio: 'ignore', detached: true });
const servers = [serve(APP_PORT, APP_DIST), serve(BARE_PORT, BARE_DIST)];
const stopServers = () => {
  for (const server of servers) {
    try {
      process.kill(-server.pid);
    } catch {
      // Already gone.
    }
  }
};

async function waitForServer(port) {
  for (let i = 0; i < 150; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview on ${port} did not start`);
}

/**
 * Counts WebGL draw calls and program links, and records each animation frame in which something
 * was drawn: a frame's time is the gap to the frame before (software WebGL draws on the main thread).
 */
function instrument() {
  const probe = { draws: 0, links: 0, recording: false, frames: [], drawsPerFrame: [] };
  window.__bench = probe;
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced']) {
      const original = proto[name];
      if (!original) continue;
      proto[name] = function counting(...args) {
        probe.draws += 1;
        return original.apply(this, args);
      };
    }
    const link = proto.linkProgram;
    proto.linkProgram = function counting(...args) {
      probe.links += 1;
      return link.apply(this, args);
    };
  }
  let seen = 0;
  const tick = (now) => {
    if (probe.recording && probe.draws !== seen) {
      probe.frames.push(now);
      probe.drawsPerFrame.push(probe.draws - seen);
    }
    seen = probe.draws;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function startRecording(page) {
  await page.evaluate(() => Object.assign(window.__bench, { recording: true, frames: [], drawsPerFrame: [], linksAtStart: window.__bench.links }));
}

async function stopRecording(page) {
  const probe = await page.evaluate(() => {
    const { frames, drawsPerFrame, links, linksAtStart } = window.__bench;
    window.__bench.recording = false;
    return { frames, drawsPerFrame, links: links - linksAtStart };
  });
  const gaps = probe.frames.slice(1).map((at, i) => at - probe.frames[i]);
  const seconds = (probe.frames.at(-1) - probe.frames[0]) / 1000;
  return { frameMs: median(gaps), frames: probe.frames.length, drawsPerFrame: median(probe.drawsPerFrame), linksPerSecond: probe.links / seconds };
}

/** Orbits the camera without pause: a drag from the far edge of the room, to and fro. */
async function orbit(page) {
  const box = await page.locator('canvas').first().boundingBox();
  const y = box.y + box.height * 0.08;
  const left = box.x + box.width * 0.3;
  const right = box.x + box.width * 0.7;
  await page.mouse.move(left, y);
  await page.mouse.down();
  await startRecording(page);
  const until = Date.now() + MEASURE_MS;
  for (let leg = 0; Date.now() < until; leg += 1) await page.mouse.move(leg % 2 ? left : right, y, { steps: 20 });
  const result = await stopRecording(page);
  await page.mouse.up();
  if (process.env.BENCH_BROWSER_VERBOSE) console.log('orbit', page.url(), result.frames, result.frameMs);
  return result;
}

async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

async function importSession(browser, figures) {
  const page = await openPage(browser, `http://127.0.0.1:${APP_PORT}/`);
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: `${figures}.json.gz`, mimeType: 'application/gzip', buffer: readFileSync(sessionFile(figures)) });
  await page.getByRole('status').filter({ hasText: 'Imported 1 session.' }).waitFor({ timeout: 60_000 });
  return page;
}

async function settle(page) {
  await page.locator('canvas').first().waitFor();
  await page.waitForTimeout(1500);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: LAUNCH_ARGS });
try {
  await Promise.all([waitForServer(APP_PORT), waitForServer(BARE_PORT)]);
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
  for (let run = 0; run < RUNS; run += 1) {
    for (const entry of pages) {
      for (const which of run % 2 ? ['bare', 'app'] : ['app', 'bare']) entry.runs[which].push(await orbit(entry[which]));
    }
  }
  const summary = (runs) => ({
    frameMs: Math.round(median(runs.map((r) => r.frameMs)) * 10) / 10,
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
  const replay = await importSession(browser, 30);
  await replay.getByRole('button', { name: 'Replay session with Bench' }).click();
  await replay.getByRole('slider', { name: 'Time' }).waitFor({ timeout: 60_000 });
  await replay.getByRole('button', { name: 'More', exact: true }).click();
  await replay.getByLabel('Speed').selectOption('4');
  const trails = replay.getByRole('checkbox', { name: 'Trails' });
  await replay.keyboard.press('Escape');
  await settle(replay);
  const replayRuns = { trails: [], none: [] };
  for (let run = 0; run < RUNS; run += 1) {
    for (const shown of run % 2 ? ['none', 'trails'] : ['trails', 'none']) {
      await replay.getByRole('button', { name: 'More', exact: true }).click();
      await trails.setChecked(shown === 'trails');
      await replay.keyboard.press('Escape');
      await replay.getByRole('button', { name: 'Play', exact: true }).click();
      await replay.waitForTimeout(300);
      await startRecording(replay);
      await replay.waitForTimeout(MEASURE_MS);
      replayRuns[shown].push(await stopRecording(replay));
      await replay.getByRole('button', { name: 'Pause', exact: true }).click();
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
  stopServers();
}
