import { expect, figureEntry, poseOf, startSession, test, waitForIdleRoom, waitUntilSaved } from './fixtures';
import { topViewPoint } from './projection';

test('the session and every pose survive a reload and a new browser window', async ({ page, context }) => {
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
  await figureEntry(page, 'sove').focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press(']');
  await page.getByRole('switch', { name: 'Top view' }).check();
  await waitForIdleRoom(page);
  const canvas = page.locator('canvas');
  const betre = await poseOf(page, 'betre');
  const from = await topViewPoint(canvas, betre);
  const to = await topViewPoint(canvas, { x: 0.6, z: -1.1 });
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  await waitUntilSaved(page);
  const before = { sove: await poseOf(page, 'sove'), betre: await poseOf(page, 'betre') };
  expect(before.sove.facing).toBe(15);

  await page.reload();
  await expect(figureEntry(page, 'betre')).toBeVisible();
  expect(await poseOf(page, 'sove')).toEqual(before.sove);
  expect(await poseOf(page, 'betre')).toEqual(before.betre);

  // A second window of the same browser finds it in the library.
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByText('Kari')).toBeVisible();
  await second.getByRole('button', { name: 'Open session with Kari' }).click();
  await expect(second.getByRole('list', { name: 'Figures' }).getByRole('button', { name: 'betre', exact: true })).toBeVisible();
  await second.close();
});

test('the library lists sessions newest first and deletes one only after asking', async ({ page }) => {
  await startSession(page, { client: 'Anna', intention: 'Jeg vil tåle nærhet' });
  await page.getByRole('button', { name: 'Sessions' }).click();
  await startSession(page, { client: 'Bo', intention: 'Ich will besser schlafen' });
  await page.getByRole('button', { name: 'Sessions' }).click();

  const list = page.getByRole('list', { name: 'Sessions on this device' });
  // Newest first; the demo, made long ago, comes last.
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByRole('listitem').nth(2)).toContainText('Demo client');
  await expect(list.getByRole('listitem').first()).toContainText('Bo');
  await expect(list.getByRole('listitem').first()).toContainText('Ich will besser schlafen');
  await expect(list.getByRole('listitem').nth(1)).toContainText('Anna');
  await expect(list.getByRole('listitem').nth(1)).toContainText('Jeg vil tåle nærhet');
  // Each shows its date.
  await expect(list.getByRole('listitem').first()).toContainText(String(new Date().getFullYear()));

  await page.getByRole('button', { name: 'Delete session with Anna' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this session?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(3);

  await page.getByRole('button', { name: 'Delete session with Anna' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete session' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Sessions on this device' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('list', { name: 'Sessions on this device' }).getByText('Anna')).toHaveCount(0);
});

test('a session that is not on this device says so', async ({ page }) => {
  await page.goto('/#/session/no-such-session');
  await expect(page.getByRole('alert')).toHaveText('This session is not on this device.');
  await page.getByRole('button', { name: 'Sessions' }).click();
  await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
});
