import type { Page } from '@playwright/test';
import { shownLabels } from './constellation';
import { chooseEveryWord, expect, figureList, test, waitForIdleRoom } from './fixtures';
import { summarisePixels } from './pixels';

/** The words over the room, sorted, once the room is still. */
async function labelWords(page: Page): Promise<string[]> {
  await waitForIdleRoom(page);
  return (await shownLabels(page)).map((label) => label.text).sort();
}

const KEPT = '__keptCanvas';

test('the library builds the room out of sight; each session opened is drawn in that same canvas, with its own figures only', async ({ page }) => {
  await page.goto('/');
  // While the library waits, the room rehearses: off the page, hidden from assistive technology.
  const rehearsed = page.locator('.room-wings canvas[data-rehearsed="true"]');
  await expect(rehearsed).toHaveCount(1);
  const box = await rehearsed.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(0);
  await expect(page.locator('.room-wings')).toHaveAttribute('aria-hidden', 'true');
  await expect(page.getByRole('img', { name: /^The room/ })).toHaveCount(0);
  await rehearsed.evaluate((canvas, key) => Object.assign(canvas, { [key]: true }), KEPT);

  await page.getByRole('button', { name: 'Open session with Demo client' }).click();
  const canvas = page.locator('canvas');
  await expect(canvas).toBeVisible();
  await expect(page.locator('.room-wings')).toHaveCount(0);
  // The very canvas that rehearsed, so its WebGL context and shaders were not built again.
  expect(await canvas.evaluate((element, key) => key in element, KEPT)).toBe(true);
  await expect.poll(() => labelWords(page)).toEqual(['I', 'Intention', 'Me', 'feel safe', 'others', 'with']);
  expect((await summarisePixels(canvas)).distinctColours).toBeGreaterThan(40);

  // Back in the library the room waits out of sight again; the next session gets it, with its own figures.
  await page.getByRole('button', { name: 'Sessions' }).click();
  await expect(page.locator('.room-wings canvas')).toHaveCount(1);
  await page.getByRole('button', { name: 'New session' }).click();
  await page.getByRole('textbox', { name: 'Client' }).fill('Kept');
  await page.getByRole('textbox', { name: /^Intention/ }).fill('calm evenings');
  await chooseEveryWord(page);
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(figureList(page)).toBeVisible();
  expect(await canvas.evaluate((element, key) => key in element, KEPT)).toBe(true);
  await expect.poll(() => labelWords(page)).toEqual(['Intention', 'Me', 'calm', 'evenings']);
});
