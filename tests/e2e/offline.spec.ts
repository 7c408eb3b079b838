import { expect, figureEntry, poseOf, startSession, test, waitForIdleRoom, waitUntilSaved } from './fixtures';

test('after the first visit the app opens and records a session with the network cut', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
  // The service worker has precached the app and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
  expect(manifest).toMatchObject({ name: 'Resonans', display: 'standalone' });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
  await startSession(page, { client: 'Offline', intention: 'Eg vil sove betre' });
  await figureEntry(page, 'vil').focus();
  await page.keyboard.press('ArrowUp');
  await page.getByRole('button', { name: 'Next phase' }).click();
  await waitUntilSaved(page);
  const pose = await poseOf(page, 'vil');
  await page.reload();
  expect(await poseOf(page, 'vil')).toEqual(pose);
  await expect(page.getByRole('list', { name: 'Phases' }).getByRole('listitem').nth(1)).toHaveAttribute('aria-current', 'step');
  await context.setOffline(false);
});

test('the first visit is enough: with the network cut before a session opens, the room still loads', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
  // No reload: the first version to install takes this tab, since no older version runs anywhere.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'New session' }).click();
  await page.getByRole('textbox', { name: 'Client' }).fill('First visit');
  await page.getByRole('textbox', { name: 'Intention' }).fill('Eg vil sove betre');
  await page.getByRole('button', { name: 'Start session' }).click();
  await waitForIdleRoom(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await context.setOffline(false);
});
