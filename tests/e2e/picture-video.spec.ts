import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, test, waitForIdleRoom } from './fixtures';

/** Saves through a dialog's button and returns the downloaded file. */
async function download(page: Page, save: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await save();
  const file = await downloading;
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** Share of pixels that differ clearly from the most common colour, and the number of distinct colours. */
function variety(png: PNG): { variedShare: number; colours: number } {
  const counts = new Map<number, number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const key = (((png.data[i] ?? 0) >> 4) << 8) | (((png.data[i + 1] ?? 0) >> 4) << 4) | ((png.data[i + 2] ?? 0) >> 4);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { variedShare: 1 - Math.max(...counts.values()) / (png.width * png.height), colours: counts.size };
}

test('a replayed session is saved as a picture and as a video of one phase', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Replay session with Demo client' }).click();
  await page.getByRole('combobox', { name: 'Phase at this moment' }).selectOption({ label: '4. Orientation phase' });
  await waitForIdleRoom(page);

  await page.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByRole('button', { name: 'Save picture…' }).click();
  const pictureDialog = page.getByRole('dialog', { name: 'Save a picture of the room' });
  await pictureDialog.getByLabel('Size in pixels').selectOption('3840');
  const picture = await download(page, () => pictureDialog.getByRole('button', { name: 'Save' }).click());
  await expect(pictureDialog).toBeHidden();
  expect(picture.name).toMatch(/^resonans-picture-\d{4}-\d\d-\d\d-\w+\.png$/);
  const png = PNG.sync.read(picture.bytes);
  const canvasBox = (await page.locator('canvas').boundingBox())!;
  expect(png.width).toBe(3840);
  expect(png.height).toBe(Math.round((3840 * canvasBox.height) / canvasBox.width));
  const seen = variety(png);
  expect(seen.variedShare).toBeGreaterThan(0.2);
  expect(seen.colours).toBeGreaterThan(40);
  if (process.env.PICTURE_OUT) await import('node:fs/promises').then((fs) => fs.writeFile(process.env.PICTURE_OUT!, picture.bytes));
});
