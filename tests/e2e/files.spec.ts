import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, figureEntry, poseOf, startSession, test, waitUntilSaved } from './fixtures';

const library = (page: Page) => page.getByRole('list', { name: 'Sessions on this device' });
const card = (page: Page, client: string) => library(page).getByRole('listitem').filter({ hasText: client });

async function exportFile(page: Page, client: string, configure?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>): Promise<string> {
  await page.getByRole('button', { name: `Export session with ${client}` }).click();
  const dialog = page.getByRole('dialog', { name: `Export the session with ${client}` });
  if (configure) await configure(dialog);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^resonans-(session|supervision)-\d{4}-\d\d-\d\d-\w+\.json$/);
  return readFile(await download.path(), 'utf8');
}

async function importText(page: Page, name: string, text: string) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function recordedSession(page: Page) {
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
  await figureEntry(page, 'sove').focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press(']');
  await page.getByRole('textbox', { name: 'Note for this phase' }).fill('Kari said she sleeps badly.');
  await page.getByRole('heading', { name: 'Figures' }).click();
  await waitUntilSaved(page);
  const pose = await poseOf(page, 'sove');
  await page.getByRole('button', { name: 'Sessions' }).click();
  return pose;
}

test('a session exported, deleted for good and imported again replays as it was', async ({ page }) => {
  const pose = await recordedSession(page);
  const file = await exportFile(page, 'Kari');
  expect(JSON.parse(file)).toMatchObject({ format: 'resonans-session', version: 1 });

  await page.getByRole('button', { name: 'Delete session with Kari' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete session' }).click();
  await expect(card(page, 'Kari')).toHaveCount(0);
  await page.getByText('Bin: 1 session').click();
  await page.getByRole('button', { name: 'Delete session with Kari for good' }).click();
  await page.getByRole('dialog', { name: 'Delete for good?' }).getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByText('Bin: 1 session')).toHaveCount(0);

  await importText(page, 'kari.json', file);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 session.' })).toBeVisible();
  await page.getByRole('button', { name: 'Replay session with Kari' }).click();
  await page.getByRole('slider', { name: 'Time' }).fill((await page.getByRole('slider', { name: 'Time' }).getAttribute('max')) ?? '0');
  expect(await poseOf(page, 'sove')).toEqual(pose);
  await expect(page.getByRole('region', { name: 'Notes' })).toContainText('Kari said she sleeps badly.');
});

test('a protected file opens only with its passphrase', async ({ page }) => {
  await recordedSession(page);
  const file = await exportFile(page, 'Kari', async (dialog) => {
    await dialog.getByRole('checkbox', { name: 'Protect with a passphrase' }).check();
    await dialog.getByLabel('Passphrase', { exact: true }).fill('short');
    await dialog.getByLabel('Passphrase again').fill('short');
    await dialog.getByRole('button', { name: 'Save file' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('The passphrase needs at least 8 characters.');
    await dialog.getByLabel('Passphrase', { exact: true }).fill('stille vann');
    await dialog.getByLabel('Passphrase again').fill('stille vann');
  });
  expect(file).not.toContain('Kari');
  expect(JSON.parse(file)).toMatchObject({ format: 'resonans-encrypted', kdf: { name: 'PBKDF2', iterations: 600000 }, cipher: { name: 'AES-GCM' } });

  await importText(page, 'kari.json', file);
  const dialog = page.getByRole('dialog', { name: 'This file is protected' });
  await dialog.getByLabel('Passphrase').fill('wrong words');
  await dialog.getByRole('button', { name: 'Open file' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('the passphrase is wrong, or the file was changed after it was saved.');
  await dialog.getByLabel('Passphrase').fill('stille vann');
  await dialog.getByRole('button', { name: 'Open file' }).click();
  // The session is already here: keep both.
  await page.getByRole('dialog', { name: 'This session is already here' }).getByRole('button', { name: 'Keep both' }).click();
  await expect(card(page, 'Kari')).toHaveCount(2);
});

test('a broken file is refused with a message that names the problem, and the library stays as it was', async ({ page }) => {
  await recordedSession(page);
  const before = await library(page).innerText();
  const file = await exportFile(page, 'Kari');
  await importText(page, 'broken.json', file.slice(0, file.length / 2));
  await expect(page.getByRole('alert')).toContainText('The file was not imported');
  await expect(page.getByRole('alert')).toContainText('Nothing on this device was changed.');
  const impossible = JSON.parse(file);
  const figure = Object.keys(impossible.session.room.figures)[2]!;
  impossible.session.room.figures[figure].pose.x = 912;
  await importText(page, 'impossible.json', JSON.stringify(impossible));
  await expect(page.getByRole('alert')).toContainText('pose.x');
  await importText(page, 'markup.json', '<script>alert(1)</script>');
  await expect(page.getByRole('alert')).toContainText('not readable as JSON');
  const newer = { ...JSON.parse(file), version: 99 };
  await importText(page, 'newer.json', JSON.stringify(newer));
  await expect(page.getByRole('alert')).toContainText('newer version of Resonans');
  expect(await library(page).innerText()).toBe(before);
});

test('a supervision copy hides the client and, if chosen, the intention and notes, and opens in replay', async ({ page }) => {
  await recordedSession(page);
  const file = await exportFile(page, 'Kari', async (dialog) => {
    await dialog.getByRole('radio', { name: 'A copy for supervision, with the client’s identity removed' }).check();
    await dialog.getByRole('checkbox', { name: 'Hide the intention' }).check();
  });
  for (const secret of ['Kari', 'sove', 'betre', 'sleeps badly']) expect(file).not.toContain(secret);
  await importText(page, 'supervision.json', file);
  const copy = card(page, 'Supervision client');
  await expect(copy).toContainText('supervision copy');
  await expect(copy).toContainText('(intention hidden)');
  await page.getByRole('button', { name: 'Open session with Supervision client' }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Figures' }).getByRole('button')).toHaveText([
    'Me',
    'Intention',
    'Element 1',
    'Element 2',
    'Element 3',
    'Element 4',
  ]);
});

test('a session open in a second tab is read-only there', async ({ page, context }) => {
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
  await waitUntilSaved(page);
  const second = await context.newPage();
  await second.goto(page.url());
  await expect(second.getByRole('status').filter({ hasText: 'open in another tab' })).toBeVisible();
  const before = await poseOf(second, 'vil');
  await figureEntry(second, 'vil').focus();
  await second.keyboard.press('ArrowUp');
  expect(await poseOf(second, 'vil')).toEqual(before);
  // The first tab still edits.
  await figureEntry(page, 'vil').focus();
  await page.keyboard.press('ArrowUp');
  expect((await poseOf(page, 'vil')).z).toBeCloseTo(before.z - 0.1, 5);
  await expect(page.getByRole('status').filter({ hasText: 'open in another tab' })).toHaveCount(0);
  await second.close();
});

test('a deleted session waits in the bin and can be restored; rename and duplicate', async ({ page }) => {
  await recordedSession(page);
  await page.getByRole('button', { name: 'Rename session with Kari' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename the session' });
  await rename.getByRole('textbox', { name: 'Client' }).fill('K. N.');
  await rename.getByRole('button', { name: 'Save name' }).click();
  await expect(card(page, 'K. N.')).toHaveCount(1);
  await page.getByRole('button', { name: 'Duplicate session with K. N.' }).click();
  await expect(card(page, 'K. N.')).toHaveCount(2);
  await page.getByRole('button', { name: 'Delete session with K. N.' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete session' }).click();
  await expect(card(page, 'K. N.')).toHaveCount(1);
  await page.reload();
  await page.getByText('Bin: 1 session').click();
  await page.getByRole('button', { name: 'Restore session with K. N.' }).click();
  await expect(card(page, 'K. N.')).toHaveCount(2);
  await page.getByRole('searchbox', { name: 'Search' }).fill('sove');
  await expect(library(page).getByRole('listitem')).toHaveCount(2);
});

test('the language follows the choice and is remembered', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('nb');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb-NO');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Språk' })).toHaveValue('nb');
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('de');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Sessions');
  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sessions');
});

test('when the browser’s storage vanishes, the app says so and the open session can still be exported', async ({ page }) => {
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
  await waitUntilSaved(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'indexeddb' });
  const banner = page.getByRole('alert').filter({ hasText: 'storage for this app is gone' });
  await expect(banner).toBeVisible();
  // The session is still here, in memory.
  await expect(figureEntry(page, 'sove')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Export this session now' }).click();
  const text = await readFile(await (await downloading).path(), 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'resonans-session', session: { info: { clientPseudonym: 'Kari' } } });
});

test('export all writes a backup of the whole library, and importing it brings every session back', async ({ page }) => {
  await recordedSession(page);
  await startSession(page, { client: 'Bo', intention: 'Ich will besser schlafen' });
  await page.getByRole('button', { name: 'Sessions' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^resonans-backup-\d{4}-\d\d-\d\d\.json$/);
  const backup = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(backup).toMatchObject({ format: 'resonans-backup', version: 1 });
  expect(backup.sessions.map((session: { info: { clientPseudonym: string } }) => session.info.clientPseudonym).sort()).toEqual(['Bo', 'Demo client', 'Kari']);

  for (const client of ['Kari', 'Bo']) {
    await page.getByRole('button', { name: `Delete session with ${client}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete session' }).click();
  }
  await page.getByText('Bin: 2 sessions').click();
  await page.getByRole('button', { name: 'Empty the bin' }).click();
  await page.getByRole('dialog', { name: 'Empty the bin?' }).getByRole('button', { name: 'Empty the bin' }).click();
  await expect(card(page, 'Kari')).toHaveCount(0);

  await importText(page, 'backup.json', JSON.stringify(backup));
  // The demo is still here: the file's copy is kept beside it.
  await page.getByRole('dialog', { name: 'This session is already here' }).getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 3 sessions.' })).toBeVisible();
  await expect(card(page, 'Kari')).toHaveCount(1);
  await expect(card(page, 'Bo')).toHaveCount(1);
  await expect(card(page, 'Demo client')).toHaveCount(1);
});
