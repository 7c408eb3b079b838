// Takes the screenshots in docs/screenshots from the production build, in headless Chromium
// with software WebGL, so anyone can see what the room looks like:  npm run build && npm run screenshots
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

// SCREENSHOT_PORT (and RESONANS_DIST for the build) let a run share the machine with others.
const port = Number(process.env.SCREENSHOT_PORT ?? 4179);
const out = process.argv[2] ?? 'docs/screenshots';
mkdirSync(out, { recursive: true });
// Vite itself, not through npx: killing npx would leave the server running.
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
});
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

/**
 * A family constellation of eleven figures, the client and ten people (issue 8): close neighbours, long names, a baby and
 * two who have died, a figure standing on another's base, every facing. Seen in 3D, from above
 * and through the client's eyes.
 */
const FAMILY = [
  { name: 'Mother', add: 'Person, adult', x: -0.5, z: -0.6, facing: 180 },
  { name: 'Father', add: 'Person, adult', x: 0.3, z: -0.7, facing: 270 },
  { name: 'Stillborn brother', add: 'Person, baby', x: -0.9, z: -1.2, facing: 90, deceased: true },
  { name: 'Brother', add: 'Person, adult', x: -0.1, z: -0.2, facing: 0 },
  { name: 'Sister', add: 'Person, child', x: 0.7, z: 0.1, facing: 210 },
  { name: 'Grandmother', add: 'Person, adult', x: -1.5, z: -1.6, facing: 135, deceased: true },
  { name: 'Grandfather', add: 'Person, adult', x: -0.9, z: -1.8, facing: 90 },
  { name: 'The trauma', add: 'Person, adult', x: -0.6, z: -0.35, facing: 0 },
  { name: 'Partner', add: 'Person, adult', x: 0.6, z: 1.0, facing: 270 },
  { name: 'Daughter', add: 'Person, child', x: 1.2, z: 0.6, facing: 300 },
];

async function familyConstellation(page, settle) {
  await page.getByRole('button', { name: 'Sessions' }).click();
  await page.getByRole('button', { name: 'New session' }).click();
  await page.getByRole('textbox', { name: 'Client' }).fill('Kari');
  // A family constellation starts from the people of the system, named before the session starts.
  await page.getByRole('group', { name: 'Phase template' }).getByRole('radio', { name: 'Family constellation' }).check();
  await page.getByRole('textbox', { name: 'Theme (optional)' }).fill('Ro');
  const people = page.getByRole('group', { name: 'People of the system' });
  for (const person of FAMILY) {
    await people.getByRole('textbox', { name: 'Role' }).fill(person.name);
    await people
      .getByRole('group', { name: 'Age group' })
      .getByRole('radio', { name: person.add.replace('Person, ', '') })
      .check();
    if (person.deceased) await people.getByRole('checkbox', { name: 'Has died' }).check();
    await people.getByRole('button', { name: 'Add person' }).click();
  }
  await page.screenshot({ path: `${out}/new-family.png`, fullPage: true });
  await page.getByRole('button', { name: 'Start session' }).click();
  const list = page.getByRole('list', { name: 'Figures' });
  await list.waitFor();
  const entry = (name) => list.getByRole('button', { name, exact: true });
  for (const person of [{ name: 'Me', x: 0, z: 1.3, facing: 0 }, ...FAMILY]) {
    await placeByKeys(page, entry(person.name), person);
  }
  await page.getByRole('button', { name: 'Reset view' }).click();
  await entry('Me').focus();
  // Focusing the entry scrolls the side panel to the list; a therapist who clicked "Me" in the room would see its top.
  await page.evaluate(() => document.querySelector('.room-side')?.scrollTo(0, 0));
  await settle();
  await page.screenshot({ path: `${out}/family-3d.png` });
  await page.getByRole('switch', { name: 'Top view' }).check();
  await settle();
  await page.screenshot({ path: `${out}/family-top.png` });
  await page.getByRole('switch', { name: 'Top view' }).uncheck();
  await entry('Me').click();
  await page.getByRole('button', { name: 'View from figure' }).click();
  await settle();
  await page.screenshot({ path: `${out}/family-from-me.png` });
  await page.getByRole('button', { name: 'View from figure' }).click();
}

/** Moves and turns a figure by the keys a therapist would use: Shift steps 50 cm and 45°, plain ones 10 cm and 15°. */
async function placeByKeys(page, item, target) {
  const description = await item.getAttribute('aria-describedby');
  const text = await page.locator(`[id="${description}"]`).innerText();
  const [, x, z, facing] = /x (-?\d+\.\d\d) m, z (-?\d+\.\d\d) m, facing (\d+)°/.exec(text).map(Number);
  await item.focus();
  const steps = (delta, big, small, unit) => {
    const count = Math.round(Math.abs(delta) / unit);
    return [...Array(Math.floor(count / 5)).fill(`Shift+${big}`), ...Array(count % 5).fill(small)];
  };
  const dx = target.x - x;
  const dz = target.z - z;
  const keys = [
    ...steps(dx, dx > 0 ? 'ArrowRight' : 'ArrowLeft', dx > 0 ? 'ArrowRight' : 'ArrowLeft', 0.1),
    ...steps(dz, dz > 0 ? 'ArrowDown' : 'ArrowUp', dz > 0 ? 'ArrowDown' : 'ArrowUp', 0.1),
  ];
  const turn = (((target.facing - facing) % 360) + 360) % 360;
  keys.push(...Array(Math.floor(turn / 45)).fill('Shift+BracketRight'), ...Array(Math.round((turn % 45) / 15)).fill(']'));
  for (const key of keys) await page.keyboard.press(key);
}

try {
  await waitForServer();
  // The same launch options as the end-to-end tests.
  const launch = JSON.parse(readFileSync(new URL('../tests/e2e/chromium.json', import.meta.url), 'utf8'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? launch.executablePath, args: launch.args });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const settle = () => page.waitForTimeout(2500);
  await page.goto(`${base}/#/new`);
  await page.getByRole('textbox', { name: 'Client' }).fill('Kari');
  await page.getByRole('textbox', { name: 'Intention' }).fill('Eg vil sove betre');
  // The client chooses each word; none is chosen beforehand.
  for (const word of await page.getByRole('group', { name: 'Elements' }).getByRole('checkbox').all()) await word.check();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${out}/new-session.png` });
  await page.getByRole('button', { name: 'Start session' }).click();
  await page.getByRole('list', { name: 'Figures' }).waitFor();
  // Place a few figures so the picture shows a constellation, not only the start row.
  const entry = (name) => page.getByRole('list', { name: 'Figures' }).getByRole('button', { name, exact: true });
  // Absolute places: where new figures start is the app's choice and may change.
  for (const figure of [
    { name: 'Me', x: 0, z: 1.3, facing: 30 },
    { name: 'sove', x: 0.7, z: -1.4, facing: 240 },
    { name: 'betre', x: 1.2, z: 0.3, facing: 300 },
    { name: 'Intention', x: -1.3, z: -0.6, facing: 90 },
    { name: 'Eg', x: -0.8, z: 0.6, facing: 30 },
    { name: 'vil', x: 0.1, z: 0.2, facing: 0 },
  ]) {
    await placeByKeys(page, entry(figure.name), figure);
  }
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
  await familyConstellation(page, settle);
  await page.getByRole('button', { name: 'Sessions' }).click();
  await page.getByRole('list', { name: 'Sessions on this device' }).waitFor();
  await page.screenshot({ path: `${out}/library.png` });
  // The demo in replay: the wordless phase with trails, compared with the end of phase 2.
  await page.getByRole('button', { name: 'Replay session with Demo client' }).click();
  await page.getByRole('combobox', { name: 'Phase at this moment' }).selectOption({ label: '4. Orientation phase' });
  const slider = page.getByRole('slider', { name: 'Time' });
  await slider.fill(String(Number(await slider.inputValue()) - 1));
  // Speed, trails and the comparison live behind "More" in the replay's header.
  await page.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByLabel('Compare with the end of').selectOption({ label: 'The client chooses resonators' });
  await page.keyboard.press('Escape');
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
    await screen.getByRole('combobox', { name: 'Phase at this moment' }).selectOption({ label: '4. Orientation phase' });
    await screen.waitForTimeout(2500);
    await screen.screenshot({ path: `${out}/${name}.png` });
    await screen.close();
  }
  await browser.close();
} finally {
  server.kill();
}
