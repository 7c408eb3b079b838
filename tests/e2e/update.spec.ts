import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, figureList, test, waitForIdleRoom } from './fixtures';

/**
 * The build the server serves (playwright.config.ts serves RESONANS_DIST, or dist). A test
 * writes a changed sw.js into it, as a deploy would, and puts the original back when it ends.
 */
const workerFile = join(process.env.RESONANS_DIST ?? 'dist', 'sw.js');

const offer = (page: Page) => page.getByRole('complementary', { name: 'New version' });
const cacheNames = (page: Page) => page.evaluate(async () => (await caches.keys()).filter((key) => key.startsWith('resonans-')));

/** A second build as the worker sees it: another cache, and the old room chunk no longer among its files. */
function nextVersion(worker: string): { text: string; roomChunk: string } {
  const roomChunk = /"(assets\/RoomCanvas-[\w-]+\.js)"/.exec(worker)?.[1];
  if (!roomChunk) throw new Error('the service worker does not precache the room');
  const text = worker.replace(/const CACHE = "resonans-[0-9a-f]+"/, 'const CACHE = "resonans-next"').replace(`"${roomChunk}",`, '');
  if (text === worker || text.includes(roomChunk)) throw new Error('the service worker file has changed shape');
  return { text, roomChunk };
}

async function startFromLibrary(page: Page, client: string) {
  await page.getByRole('button', { name: 'New session' }).click();
  await page.getByRole('textbox', { name: 'Client' }).fill(client);
  await page.getByRole('textbox', { name: 'Intention' }).fill('Eg vil sove betre');
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(figureList(page)).toBeVisible();
}

test('a new version waits for the user, and a tab still running the old one keeps loading its room', async ({ page, context }) => {
  const original = readFileSync(workerFile, 'utf8');
  const next = nextVersion(original);
  try {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect.poll(() => cacheNames(page)).toHaveLength(1);

    // The new version installs and waits: this tab is not taken over, it is asked.
    writeFileSync(workerFile, next.text);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(offer(page)).toBeVisible();
    await expect(offer(page)).toContainText('A new version of Resonans is ready.');
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);

    // In a second tab the user agrees; that tab reloads into the new version.
    const second = await context.newPage();
    await second.goto('/');
    await expect(offer(second)).toBeVisible();
    await second.getByRole('button', { name: 'Reload' }).click();
    await expect(second.getByRole('heading', { name: 'Sessions' })).toBeVisible();
    await expect(offer(second)).toHaveCount(0);
    await expect.poll(() => second.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL)).toContain('/sw.js');
    await expect.poll(() => cacheNames(second)).toEqual(expect.arrayContaining(['resonans-next']));

    // The first tab still runs the old version: with the network cut its room loads from the old files.
    expect(await cacheNames(page)).toHaveLength(2);
    await context.setOffline(true);
    await startFromLibrary(page, 'Old tab');
    await waitForIdleRoom(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(offer(page)).toBeVisible();

    // Once no tab runs the old version, its files go.
    await context.setOffline(false);
    await second.close();
    await offer(page).getByRole('button', { name: 'Reload' }).click();
    await expect(figureList(page)).toBeVisible();
    await expect(offer(page)).toHaveCount(0);
    await expect.poll(() => cacheNames(page)).toEqual(['resonans-next']);
  } finally {
    writeFileSync(workerFile, original);
  }
});

test('“Later” sets the offer aside in this tab', async ({ page }) => {
  const original = readFileSync(workerFile, 'utf8');
  try {
    await page.goto('/');
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    writeFileSync(workerFile, nextVersion(original).text);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await offer(page).getByRole('button', { name: 'Later' }).click();
    await expect(offer(page)).toHaveCount(0);
    // Still the old version, still working.
    await expect(page.getByRole('button', { name: 'New session' })).toBeEnabled();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);
  } finally {
    writeFileSync(workerFile, original);
  }
});
