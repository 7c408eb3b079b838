import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { expect, figureEntry, poseOf, startSession, test, waitUntilSaved } from './fixtures';

const library = (page: Page) => page.getByRole('list', { name: 'Sessions on this device' });
const card = (page: Page, client: string) => library(page).getByRole('listitem').filter({ hasText: client });

/** The JSON text of a file Resonans wrote unprotected: gzip-compressed. */
const jsonOf = (file: Buffer) => gunzipSync(file).toString('utf8');

async function exportFile(page: Page, client: string, configure?: (dialog: Locator) => Promise<void>): Promise<Buffer> {
  await page.getByRole('button', { name: `Export session with ${client}` }).click();
  const dialog = page.getByRole('dialog', { name: `Export the session with ${client}` });
  if (configure) await configure(dialog);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^resonans-(session-\d{4}-\d\d-\d\d|supervision)-\w+\.(json\.gz|resonans)$/);
  return readFile(await download.path());
}

async function importText(page: Page, name: string, content: string | Buffer) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) });
}

async function protect(dialog: Locator, passphrase: string, checkbox = /^Protect (the file )?with a passphrase$/) {
  await expect(dialog.getByText('Not protected: anyone who gets this file can read everything in it.')).toBeVisible();
  await dialog.getByRole('checkbox', { name: checkbox }).check();
  await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await dialog.getByLabel('Passphrase again').fill(passphrase);
  await expect(dialog.getByText('Protected: the file opens only with the passphrase.')).toBeVisible();
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
  expect(JSON.parse(jsonOf(file))).toMatchObject({ format: 'resonans-session', version: 2 });

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
  expect(file.toString('latin1')).not.toContain('Kari');
  const header = file.subarray(0, file.indexOf(10)).toString('utf8');
  expect(JSON.parse(header)).toMatchObject({
    format: 'resonans-encrypted',
    version: 2,
    compression: 'gzip',
    kdf: { name: 'PBKDF2', iterations: 600000 },
    cipher: { name: 'AES-GCM' },
  });

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
  await importText(page, 'broken.json.gz', file.subarray(0, file.length / 2));
  await expect(page.getByRole('alert')).toContainText('The file was not imported: the file is damaged or cut off');
  await expect(page.getByRole('alert')).toContainText('Nothing on this device was changed.');
  const impossible = JSON.parse(jsonOf(file));
  const figure = Object.keys(impossible.session.room.figures)[2]!;
  impossible.session.room.figures[figure].pose.x = 912;
  await importText(page, 'impossible.json', JSON.stringify(impossible));
  await expect(page.getByRole('alert')).toContainText('pose.x');
  await importText(page, 'unknown.json', JSON.stringify({ ...JSON.parse(jsonOf(file)), comment: 'hei' }));
  await expect(page.getByRole('alert')).toContainText('comment: is not a field of a Resonans file');
  await importText(page, 'markup.json', '<script>alert(1)</script>');
  await expect(page.getByRole('alert')).toContainText('not readable as JSON');
  const newer = { ...JSON.parse(jsonOf(file)), version: 99 };
  await importText(page, 'newer.json', JSON.stringify(newer));
  await expect(page.getByRole('alert')).toContainText('newer version of Resonans');
  expect(await library(page).innerText()).toBe(before);
});

/** The session's id and every figure id its file names. */
function idsOf(text: string): string[] {
  const { session } = JSON.parse(text) as { session: { info: { id: string }; room: { order: string[] }; recording: { events: { figureId?: string }[] } } };
  return [session.info.id, ...session.room.order, ...session.recording.events.flatMap((event) => (event.figureId ? [event.figureId] : []))];
}

test('a supervision copy holds nothing that names or dates the client, no original id, and opens in replay', async ({ page }) => {
  await recordedSession(page);
  const original = jsonOf(await exportFile(page, 'Kari'));
  const created = new Date((JSON.parse(original) as { session: { info: { createdAt: number } } }).session.info.createdAt).toISOString();
  const file = await exportFile(page, 'Kari', async (dialog) => {
    await dialog.getByRole('radio', { name: 'A copy for supervision, with the client’s identity removed' }).check();
    const leaves = dialog.getByRole('region', { name: 'What leaves this device' });
    await expect(leaves.getByRole('listitem')).toHaveText([
      'Names on figures: removed',
      'Notes: removed',
      'Statements and expressions: removed',
      'Intention: removed',
      'Words on the elements: removed',
      'Drawing: removed',
      'Date: removed',
    ]);
  });
  const text = jsonOf(file);
  for (const secret of ['Kari', 'sove', 'betre', 'sleeps badly', created.slice(0, 10), String(JSON.parse(original).exportedAt)])
    expect(text).not.toContain(secret);
  for (const id of new Set(idsOf(original))) expect(text).not.toContain(`"${id}"`);
  expect(JSON.parse(text)).toMatchObject({ pseudonymised: true, exportedAt: 0, session: { info: { createdAt: 0 } } });

  await importText(page, 'supervision.json.gz', file);
  const copy = card(page, 'Supervision client, session 1');
  await expect(copy).toContainText('supervision copy');
  await expect(copy).toContainText('(intention hidden)');
  await page.getByRole('button', { name: 'Open session with Supervision client, session 1' }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  const labels = await page.getByRole('list', { name: 'Figures' }).getByRole('button').allInnerTexts();
  expect(labels.slice(0, 2)).toEqual(['Me', 'Intention']);
  expect(labels.slice(2).sort()).toEqual(['Element 1', 'Element 2', 'Element 3', 'Element 4']);
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
  await expect(banner.getByText('Not protected: anyone who gets this file can read everything in it.')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Export this session now' }).click();
  const text = jsonOf(await readFile(await (await downloading).path()));
  expect(JSON.parse(text)).toMatchObject({ format: 'resonans-session', session: { info: { clientPseudonym: 'Kari' } } });
  // The same file, protected.
  await protect(banner, 'stille vann');
  const protecting = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Export this session now' }).click();
  const locked = await readFile(await (await protecting).path());
  expect(JSON.parse(locked.subarray(0, locked.indexOf(10)).toString('utf8'))).toMatchObject({ format: 'resonans-encrypted', version: 2 });
  expect(locked.toString('latin1')).not.toContain('Kari');
});

test('export all, protected with a passphrase, writes a backup of the whole library that imports back', async ({ page }) => {
  await recordedSession(page);
  await startSession(page, { client: 'Bodil', intention: 'Ich will besser schlafen' });
  await page.getByRole('button', { name: 'Sessions' }).click();
  await page.getByRole('button', { name: 'Export all' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export all sessions' });
  await protect(dialog, 'stille vann');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^resonans-backup-\d{4}-\d\d-\d\d\.resonans$/);
  const backup = await readFile(await download.path());
  expect(JSON.parse(backup.subarray(0, backup.indexOf(10)).toString('utf8'))).toMatchObject({ format: 'resonans-encrypted', version: 2 });
  for (const secret of ['Kari', 'Bodil', 'sove', 'schlafen']) expect(backup.toString('latin1')).not.toContain(secret);

  for (const client of ['Kari', 'Bodil']) {
    await page.getByRole('button', { name: `Delete session with ${client}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete session' }).click();
  }
  await page.getByText('Bin: 2 sessions').click();
  await page.getByRole('button', { name: 'Empty the bin' }).click();
  await page.getByRole('dialog', { name: 'Empty the bin?' }).getByRole('button', { name: 'Empty the bin' }).click();
  await expect(card(page, 'Kari')).toHaveCount(0);

  await importText(page, 'backup.resonans', backup);
  const unlock = page.getByRole('dialog', { name: 'This file is protected' });
  await unlock.getByLabel('Passphrase').fill('stille vann');
  await unlock.getByRole('button', { name: 'Open file' }).click();
  // The demo is still here: the file's copy replaces it.
  await page.getByRole('dialog', { name: 'This session is already here' }).getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 3 sessions.' })).toBeVisible();
  await expect(card(page, 'Kari')).toHaveCount(1);
  await expect(card(page, 'Bodil')).toHaveCount(1);
  await expect(card(page, 'Demo client')).toHaveCount(1);
});

test('a backup with one damaged session imports the others and names the damaged one', async ({ page }) => {
  await recordedSession(page);
  await page.getByRole('button', { name: 'Export all' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export all sessions' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save file' }).click();
  const backup = JSON.parse(jsonOf(await readFile(await (await downloading).path()))) as {
    sessions: { info: { clientPseudonym: string; createdAt: number } }[];
  };
  const kari = backup.sessions.find((session) => session.info.clientPseudonym === 'Kari')!;
  kari.info.createdAt = 1e300;
  await page.getByRole('button', { name: 'Delete session with Demo client' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete session' }).click();
  await page.getByText('Bin: 1 session').click();
  await page.getByRole('button', { name: 'Empty the bin' }).click();
  await page.getByRole('dialog', { name: 'Empty the bin?' }).getByRole('button', { name: 'Empty the bin' }).click();
  // As a therapist would: the bin is seen empty before the backup comes in.
  await expect(page.getByText('Bin: 1 session')).toHaveCount(0);
  await importText(page, 'backup.json', JSON.stringify(backup));
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('Imported 1 session.');
  await expect(notice).toContainText('1 session in the file was not imported');
  await expect(notice).toContainText('(Kari): sessions.');
  await expect(notice).toContainText('info.createdAt: must be at most');
  await expect(card(page, 'Demo client')).toHaveCount(1);
});
