// The time to make the video of the three-hour benchmark session, in Chromium against the production
// build (dist/), as a therapist would: import the file, replay it, "Save video…", the whole session at
// 8x, 1280 × 720, 12 frames a second. Bounded: it films for BENCH_VIDEO_SECONDS (default 30) and then
// cancels, and projects the whole from the frames made per second. Results: bench-results/video.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { APP_DIST, APP_PORT, importSession, launchChromium, serve } from '../browser/harness.mjs';

// The frame bench takes APP_PORT and the next port, the session bench the one after.
const PORT = Number(process.env.BENCH_VIDEO_PORT ?? APP_PORT + 3);
const FILMING_MS = Number(process.env.BENCH_VIDEO_SECONDS ?? 30) * 1000;
const SESSION_FILE = 'bench-results/three-hour-session.json.gz';
const SPEED = 8;

const stopServer = await serve(PORT, APP_DIST);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await importSession(page, 'three-hours.json.gz', readFileSync(SESSION_FILE));
  const opening = Date.now();
  await page.getByRole('button', { name: 'Replay session with Bench' }).click();
  await page.getByRole('slider', { name: 'Time' }).waitFor({ timeout: 120_000 });
  const replayOpenMs = Date.now() - opening;
  await page.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByRole('button', { name: 'Save video…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save a video of the replay' });
  await dialog.getByLabel('Speed').selectOption(String(SPEED));
  const started = Date.now();
  await dialog.getByRole('button', { name: 'Save' }).click();
  const progress = dialog.getByRole('progressbar');
  await progress.waitFor();
  const read = async () => ({ at: Date.now(), done: Number(await progress.getAttribute('value')), frames: Number(await progress.getAttribute('max')) });
  // The first frames pay for loading the encoder and holding the renderer: measure the rate after them.
  let first = await read();
  while (first.done < 1) first = (await page.waitForTimeout(100), await read());
  let last = first;
  while (Date.now() - first.at < FILMING_MS && last.done < last.frames) {
    await page.waitForTimeout(1000);
    last = await read();
  }
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const framesPerSecond = (last.done - first.done) / ((last.at - first.at) / 1000);
  const sessionMs = 3 * 3_600_000;
  const result = {
    speed: SPEED,
    size: '1280x720',
    videoFramesPerSecond: 12,
    frames: last.frames,
    videoMinutes: Math.round((last.frames / 12 / 60) * 10) / 10,
    replayOpenMs,
    firstFrameMs: first.at - started,
    framesMeasured: last.done - first.done,
    madeFramesPerSecond: Math.round(framesPerSecond * 100) / 100,
    projectedMinutes: Math.round((last.frames / framesPerSecond / 60) * 10) / 10,
    realTimeMinutes: sessionMs / 60_000,
  };
  writeFileSync('bench-results/video.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log('video of the three-hour session', result);
} finally {
  await browser.close();
  stopServer();
}
