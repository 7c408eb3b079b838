// Takes the screenshots in docs/screenshots from the production build, in headless Chromium
// with software WebGL, so anyone can see what the room looks like:  npm run build && npm run screenshots
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const port = 4179;
const out = process.argv[2] ?? 'docs/screenshots';
mkdirSync(out, { recursive: true });
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;

async function waitForServer() {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('vite preview did not start');
}

try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const settle = () => page.waitForTimeout(2500);
  await page.goto(`${base}/#/new`);
  await page.getByRole('textbox', { name: 'Client' }).fill('Kari');
  await page.getByRole('textbox', { name: 'Intention' }).fill('Eg vil sove betre');
  await page.screenshot({ path: `${out}/new-session.png` });
  await page.getByRole('button', { name: 'Start session' }).click();
  await page.getByRole('list', { name: 'Figures' }).waitFor();
  // Place a few figures so the picture shows a constellation, not only the start row.
  const entry = (name) => page.getByRole('list', { name: 'Figures' }).getByRole('button', { name, exact: true });
  const press = async (name, keys) => {
    await entry(name).focus();
    for (const key of keys) await page.keyboard.press(key);
  };
  await press('Me', [...Array(12).fill('ArrowUp'), ...Array(3).fill('ArrowRight'), ']', ']']);
  await press('sove', [...Array(20).fill('ArrowUp'), '[', '[', '[', '[', '[', '[', '[', '[']);
  await press('betre', [...Array(8).fill('ArrowUp'), ...Array(5).fill('ArrowLeft'), ...Array(10).fill(']')]);
  await press('Intention', [...Array(6).fill('ArrowUp'), ...Array(4).fill('ArrowLeft')]);
  await entry('sove').click();
  await settle();
  await page.screenshot({ path: `${out}/room-3d.png` });
  await page.getByRole('switch', { name: 'Top view' }).check();
  await settle();
  await page.screenshot({ path: `${out}/room-top.png` });
  await page.getByRole('switch', { name: 'Top view' }).uncheck();
  await entry('Me').click();
  await page.getByRole('button', { name: 'View from figure' }).click();
  await settle();
  await page.screenshot({ path: `${out}/room-from-me.png` });
  await page.getByRole('button', { name: 'Sessions' }).click();
  await page.getByRole('list', { name: 'Sessions on this device' }).waitFor();
  await page.screenshot({ path: `${out}/library.png` });
  // The demo in replay: the wordless phase with trails, compared with the end of phase 2.
  await page.getByRole('button', { name: 'Replay session with Demo client' }).click();
  await page.getByRole('list', { name: 'Phases' }).getByRole('button', { name: 'Orientation phase' }).click();
  const slider = page.getByRole('slider', { name: 'Time' });
  await slider.fill(String(Number(await slider.inputValue()) - 1));
  await page.getByLabel('Compare with the end of').selectOption({ label: 'The client chooses resonators' });
  await settle();
  await page.screenshot({ path: `${out}/replay-demo.png` });
  // The shared screen: a tablet and a large touch screen, the demo replayed at its orientation phase.
  for (const [name, viewport] of [
    ['tablet', { width: 1024, height: 768 }],
    ['large-screen', { width: 1920, height: 1080 }],
  ]) {
    const screen = await browser.newPage({ viewport, hasTouch: true });
    await screen.goto(`${base}/`);
    await screen.getByRole('button', { name: 'Replay session with Demo client' }).click();
    await screen.getByRole('list', { name: 'Phases' }).getByRole('button', { name: 'Orientation phase' }).click();
    await screen.waitForTimeout(2500);
    await screen.screenshot({ path: `${out}/${name}.png` });
    await screen.close();
  }
  await browser.close();
} finally {
  server.kill();
}
