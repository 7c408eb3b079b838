import type { BrowserContext, Page } from '@playwright/test';
import { expect, figureEntry, poseOf, startSession, test, waitUntilSaved } from './fixtures';

/**
 * Nothing shown is lost: a change followed at once by a reload or a closed tab is there when
 * the session opens again, and a second tab takes over editing when the first one closes.
 */

const noteBox = (page: Page) => page.getByRole('textbox', { name: 'Note for this phase' });

/** Opens the session at `url` in a new tab of the same browser, as a therapist would reopen it. */
async function reopen(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect(figureEntry(page, 'Me')).toBeVisible();
  return page;
}

async function moveByKeyboard(page: Page) {
  await figureEntry(page, 'Me').focus();
  const before = await poseOf(page, 'Me');
  await page.keyboard.press('ArrowDown');
  const after = await poseOf(page, 'Me');
  expect(after).not.toEqual(before);
  return after;
}

test('a keyboard move followed at once by a reload is kept', async ({ page }) => {
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
  await waitUntilSaved(page);
  const moved = await moveByKeyboard(page);
  await page.reload();
  await expect(figureEntry(page, 'Me')).toBeVisible();
  expect(await poseOf(page, 'Me')).toEqual(moved);
  await waitUntilSaved(page);
  // A reload is no other tab: this one edits at once.
  await expect(page.getByText('Editing moves to this window', { exact: false })).toHaveCount(0);
  // Kept in storage, not only in the journal: a second reload shows it too.
  await page.reload();
  await expect(figureEntry(page, 'Me')).toBeVisible();
  expect(await poseOf(page, 'Me')).toEqual(moved);
});

test('a keyboard move followed at once by closing the tab is kept when the session is opened again', async ({ page, context }) => {
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
  await waitUntilSaved(page);
  const url = page.url();
  const moved = await moveByKeyboard(page);
  await page.close();
  const again = await reopen(context, url);
  expect(await poseOf(again, 'Me')).toEqual(moved);
  await waitUntilSaved(again);
});

test('a keyboard move and a half-typed note are kept even when the tab dies at once, with no time to write', async ({ page, context }) => {
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
  await waitUntilSaved(page);
  const url = page.url();
  const devtools = await context.newCDPSession(page);
  const moved = await moveByKeyboard(page);
  await noteBox(page).pressSequentially('Hm');
  // A crashed renderer runs no pagehide and finishes no write: only what was kept synchronously survives.
  const crashed = page.waitForEvent('crash');
  void devtools.send('Page.crash').catch(() => undefined);
  await crashed;
  const again = await reopen(context, url);
  expect(await poseOf(again, 'Me')).toEqual(moved);
  await expect(noteBox(again)).toHaveValue('Hm');
  await waitUntilSaved(again);
});

test('a half-typed note followed at once by a reload is kept', async ({ page }) => {
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
  await waitUntilSaved(page);
  await noteBox(page).pressSequentially('Kari breathes more ');
  await page.reload();
  await expect(noteBox(page)).toHaveValue('Kari breathes more ');
  await expect(page.getByText('Your last changes before the window closed were brought back.')).toBeVisible();
  await waitUntilSaved(page);
});

test('a half-typed note followed at once by closing the tab is kept when the session is opened again', async ({ page, context }) => {
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
  await waitUntilSaved(page);
  const url = page.url();
  await noteBox(page).pressSequentially('The intention feels far');
  await page.close();
  const again = await reopen(context, url);
  await expect(noteBox(again)).toHaveValue('The intention feels far');
  await waitUntilSaved(again);
  // Recorded, so it is in storage now: another reload without any journal still shows it.
  await again.reload();
  await expect(noteBox(again)).toHaveValue('The intention feels far');
});

test('a second tab opens the session read-only and takes over editing when the first closes', async ({ page, context }) => {
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
  await waitUntilSaved(page);
  const url = page.url();

  const second = await reopen(context, url);
  await expect(second.getByText('This session is open in another tab or window.', { exact: false })).toBeVisible();
  await expect(second.getByText('Editing moves to this window by itself when the other one closes.')).toBeVisible();

  // The first tab goes on editing, then closes at once.
  const moved = await moveByKeyboard(page);
  await page.close();

  await expect(second.getByText('The other window has closed. This window now edits the session, as it was last saved.')).toBeVisible();
  await expect(second.getByText('This session is open in another tab or window.', { exact: false })).toBeHidden();
  expect(await poseOf(second, 'Me')).toEqual(moved);

  // It edits now: a move here is saved.
  const movedHere = await moveByKeyboard(second);
  await waitUntilSaved(second);
  await second.reload();
  await expect(figureEntry(second, 'Me')).toBeVisible();
  expect(await poseOf(second, 'Me')).toEqual(movedHere);
});

test('a read-only tab shows what the editing tab saves, without a reload', async ({ page, context }) => {
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
  await waitUntilSaved(page);
  const second = await reopen(context, page.url());
  await expect(second.getByText('This session is open in another tab or window.', { exact: false })).toBeVisible();

  const moved = await moveByKeyboard(page);
  await waitUntilSaved(page);
  await expect.poll(() => poseOf(second, 'Me')).toEqual(moved);
  // Still read-only: following is not taking over.
  await expect(second.getByText('This session is open in another tab or window.', { exact: false })).toBeVisible();
});
