import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, figureEntry, poseOf, startSession, test, waitUntilSaved } from './fixtures';

const library = (page: Page) => page.getByRole('list', { name: 'Sessions on this device' });
const card = (page: Page, client: string) => library(page).getByRole('listitem').filter({ hasText: client });
const OPEN_ELSEWHERE = 'The session with Sigrid is open in another tab or window. Close it there first, then try again.';

async function rename(page: Page, from: string, to: string) {
  await page.getByRole('button', { name: `Rename session with ${from}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill(to);
  await dialog.getByRole('button', { name: 'Save' }).click();
}

test('two tabs keep in step and the library never changes the session another tab is editing', async ({ page, context }) => {
  await page.goto('/');
  await expect(card(page, 'Demo client')).toBeVisible();

  // The session is started in a second tab; the library in the first hears of it at once.
  const editing = await context.newPage();
  await startSession(editing, { client: 'Sigrid', intention: 'Jeg vil tåle nærhet' });
  await expect(card(page, 'Sigrid')).toBeVisible();

  // Rename and delete are refused while the other tab has it open, and say why.
  await rename(page, 'Sigrid', 'Someone else');
  await expect(page.getByRole('alert')).toHaveText(OPEN_ELSEWHERE);
  await expect(card(page, 'Sigrid')).toContainText('Open in another tab or window');
  await expect(card(page, 'Sigrid')).toBeVisible();
  await expect(card(page, 'Someone else')).toHaveCount(0);
  await page.getByRole('button', { name: 'Delete session with Sigrid' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete session' }).click();
  await expect(page.getByRole('alert')).toHaveText(OPEN_ELSEWHERE);
  await expect(card(page, 'Sigrid')).toBeVisible();

  // Nor can an import replace it: the stored session stays the one being edited.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export session with Sigrid' }).click();
  await page.getByRole('dialog', { name: 'Export the session with Sigrid' }).getByRole('button', { name: 'Save file' }).click();
  const download = await downloading;
  const exported = { name: download.suggestedFilename(), mimeType: 'application/octet-stream', buffer: await readFile(await download.path()) };
  await figureEntry(editing, 'tåle').focus();
  await editing.keyboard.press('ArrowUp');
  await editing.keyboard.press(']');
  await waitUntilSaved(editing);
  const moved = await poseOf(editing, 'tåle');
  await page.locator('input[type="file"]').setInputFiles(exported);
  await page.getByRole('dialog', { name: 'This session is already here' }).getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByRole('alert')).toContainText('This session is open in another tab or window.');

  // The editing tab keeps working and saving; once it closes the session, the library may change it.
  await figureEntry(editing, 'tåle').focus();
  await editing.keyboard.press(']');
  await waitUntilSaved(editing);
  const last = await poseOf(editing, 'tåle');
  expect(last.facing).toBe((moved.facing + 15) % 360);
  await editing.getByRole('button', { name: 'Sessions' }).click();
  await rename(page, 'Sigrid', 'Sigrid K.');
  await expect(card(page, 'Sigrid K.')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(card(page, 'Sigrid K.')).not.toContainText('Open in another tab or window');

  // The other tab's library shows the new name without a reload, and nothing was lost.
  await expect(card(editing, 'Sigrid K.')).toBeVisible();
  await editing.getByRole('button', { name: 'Open session with Sigrid K.' }).click();
  await expect(figureEntry(editing, 'tåle')).toBeVisible();
  expect(await poseOf(editing, 'tåle')).toEqual(last);
  await editing.close();
});
