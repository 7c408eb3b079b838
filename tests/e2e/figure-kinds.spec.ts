import { expect, figureEntry, startSession, test, waitUntilSaved } from './fixtures';

test('a person can become a baby and be marked as one who has died; both survive a reload and can be undone', async ({ page }) => {
  await startSession(page, { client: 'Kari', intention: 'Jeg savner mor', template: 'Family constellation' });
  await page.getByRole('region', { name: 'Add figure' }).getByRole('button', { name: 'Person, adult' }).click();
  // A screen reader hears where the new figure landed: on the next arc in front of the client.
  await expect(page.getByRole('status').filter({ hasText: /^Person 1: 1\.\d m in front of the client, turned away from the client\.$/ })).toHaveCount(1);
  const panel = page.getByRole('region', { name: 'Selected figure' });
  const sizes = panel.getByRole('group', { name: 'Size' });
  await expect(sizes.getByRole('radio', { name: 'adult' })).toBeChecked();
  await sizes.getByRole('radio', { name: 'baby' }).check();
  await panel.getByRole('checkbox', { name: 'Has died' }).check();
  await expect(panel).toContainText('Person · baby');

  await waitUntilSaved(page);
  await page.reload();
  await figureEntry(page, 'Person 1').click();
  await expect(sizes.getByRole('radio', { name: 'baby' })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'Has died' })).toBeChecked();

  // A reload starts a new undo history; the marks are taken back one at a time.
  await panel.getByRole('checkbox', { name: 'Has died' }).uncheck();
  await sizes.getByRole('radio', { name: 'child' }).check();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(sizes.getByRole('radio', { name: 'baby' })).toBeChecked();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByRole('checkbox', { name: 'Has died' })).toBeChecked();
});

test('only persons change size; every figure can be marked deceased', async ({ page }) => {
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove' });
  await figureEntry(page, 'sove').click();
  const panel = page.getByRole('region', { name: 'Selected figure' });
  await expect(panel.getByRole('group', { name: 'Size' })).toHaveCount(0);
  await panel.getByRole('checkbox', { name: 'Has died' }).check();
  await expect(panel.getByRole('checkbox', { name: 'Has died' })).toBeChecked();
});
