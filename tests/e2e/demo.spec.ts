import { expect, figureList, test, waitForIdleRoom } from './fixtures';
import { summarisePixels } from './pixels';

test('a new user replays the demo within seconds, and can restore it after deleting it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Replay session with Demo client' }).click();
  const slider = page.getByRole('slider', { name: 'Time' });
  const duration = Number(await slider.getAttribute('max'));
  // A few minutes of a self-encounter, all seven phases.
  expect(duration).toBeGreaterThan(3 * 60_000);
  expect(duration).toBeLessThan(10 * 60_000);
  // The phase shown above the room offers every phase the demo went through.
  const phase = page.getByRole('combobox', { name: 'Phase at this moment' });
  await expect(phase.getByRole('option')).toHaveText([
    '1. The client sets the intention',
    '2. The client chooses resonators',
    '3. Wordless phase',
    '4. Orientation phase',
    '5. The client shares the experience',
    '6. The resonators share',
    '7. Rounding off',
  ]);
  await expect(figureList(page).getByRole('button')).toHaveText(['Me', 'Intention', 'I', 'feel safe', 'with', 'others']);
  await phase.selectOption({ label: '4. Orientation phase' });
  await waitForIdleRoom(page);
  const pixels = await summarisePixels(page.locator('canvas'));
  expect(pixels.distinctColours).toBeGreaterThan(40);
  await page.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByLabel('Speed').selectOption('8');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(async () => Number(await slider.inputValue())).toBeGreaterThan(duration * 0.4);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await slider.fill(String(duration));
  await expect(page.getByRole('region', { name: 'Notes' })).toContainText('I wanted to come closer but did not dare.');
  // Everything the demo recorded is listed beside the room, long after it happened; a line seeks there.
  const marks = page.getByRole('list', { name: 'Everything recorded' });
  await expect(marks.getByRole('button', { name: /I: Sound, “a low hum”/ })).toBeVisible();
  await marks.getByRole('button', { name: /with: Emotion, “sad”/ }).click();
  await expect(phase).toHaveValue('2');
  await expect(page.getByRole('list', { name: 'What the colours of the band mean' })).toContainText('Hyperarousal · fight or flight');

  await page.getByRole('button', { name: 'Sessions' }).click();
  await page.getByRole('button', { name: 'Delete session with Demo client' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete session' }).click();
  const list = page.getByRole('list', { name: 'Sessions on this device' });
  await expect(list.getByText('Demo client')).toHaveCount(0);
  await page.reload();
  await expect(list.getByText('Demo client')).toHaveCount(0);
  await page.getByRole('button', { name: 'Restore the demo session' }).click();
  await expect(page.getByRole('list', { name: 'Sessions on this device' })).toContainText('Demo client');
  await expect(page.getByRole('button', { name: 'Restore the demo session' })).toHaveCount(0);
});
