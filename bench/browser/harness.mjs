// What the Chromium benchmarks share: the browser launched as the e2e tests launch it, the
// production build served by vite preview, and a probe in the page that counts WebGL draw calls
// and shader links and notes each animation frame that drew something.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The same launch options as playwright.config.ts, from one file. */
const CHROMIUM = JSON.parse(readFileSync(new URL('../../tests/e2e/chromium.json', import.meta.url), 'utf8'));

/** The app's build the browser benchmarks measure, and the port they serve it on (bench.mjs passes both). */
export const APP_DIST = process.env.BENCH_DIST ?? 'dist';
export const APP_PORT = Number(process.env.BENCH_BROWSER_PORT ?? 4195);

export const launchChromium = () => chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? CHROMIUM.executablePath, args: CHROMIUM.args });

/** Serves a build with vite preview on loopback until the returned stop is called. */
export async function serve(port, outDir) {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      // Already gone.
    }
  };
  for (let i = 0; i < 150; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return stop;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`vite preview on ${port} did not start`);
}

/**
 * Runs in the page before its scripts (an init script): counts WebGL draw calls and program
 * links, and while `recording` notes each animation frame in which something was drawn, with
 * how many draws and how many figure labels were showing. Software WebGL draws on the main
 * thread, so a frame's time is the gap to the frame before. `lastAction` is when the last click,
 * key or input reached the page, so a benchmark can time from the user's act to the frame.
 */
export function instrument() {
  const probe = { draws: 0, links: 0, recording: false, frames: [], drawsPerFrame: [], labelsPerFrame: [], lastAction: 0 };
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
  for (const type of ['click', 'keydown', 'input']) window.addEventListener(type, () => (probe.lastAction = performance.now()), true);
  const shownLabels = () => {
    let shown = 0;
    for (const label of document.querySelectorAll('.figure-label')) if (label.style.visibility === 'visible') shown += 1;
    return shown;
  };
  let seen = 0;
  const tick = (now) => {
    if (probe.recording && probe.draws !== seen) {
      probe.frames.push(now);
      probe.drawsPerFrame.push(probe.draws - seen);
      probe.labelsPerFrame.push(shownLabels());
    }
    seen = probe.draws;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A page of its own (1280 × 800, as every browser benchmark) with the probe installed. */
export async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Imports a session file through the library's file input, as a therapist would. */
export async function importSession(page, name, buffer) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/gzip', buffer });
  await page.getByRole('status').filter({ hasText: 'Imported 1 session.' }).waitFor({ timeout: 120_000 });
}

/**
 * Clicks without Playwright's wait for the element to hold still over two animation frames,
 * which costs seconds while a replay plays on software WebGL and would stretch the benchmark.
 */
export const tap = (locator) => locator.evaluate((element) => element.click());
