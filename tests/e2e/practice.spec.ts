import type { Page } from '@playwright/test';
import { expect, figureEntry, figureList, poseOf, test, waitUntilSaved } from './fixtures';

/** Each method as practised: RTT from a theme or nothing at all, a family constellation from the people of the system. */

async function newSession(page: Page, client: string, template: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New session' }).click();
  await page.getByRole('textbox', { name: 'Client' }).fill(client);
  await page.getByRole('group', { name: 'Phase template' }).getByRole('radio', { name: template }).check();
}

const phaseHelp = (page: Page) => page.locator('.phase-help');
const goToPhase = (page: Page, name: string) => page.getByRole('list', { name: 'Phases' }).getByRole('button', { name }).click();

test('an RTT session starts without an intention: the client alone in the room, other figures added as they are needed', async ({ page }) => {
  await newSession(page, 'R.', 'RTT session');
  // No sentence to split into words, and nothing is asked for before the session may start.
  await expect(page.getByRole('group', { name: 'Elements' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Theme or trigger (optional)' })).toBeEmpty();
  await page.getByRole('button', { name: 'Start session' }).click();

  await expect(figureList(page).getByRole('button')).toHaveText(['Me']);
  await expect(page.getByRole('list', { name: 'Phases' }).getByRole('button')).toHaveText([
    /Check-in/,
    /Regulation/,
    /Exploration/,
    /Integration/,
    /Closing and resources/,
  ]);
  await expect(phaseHelp(page)).toContainText('land');
  await page.getByRole('region', { name: 'Add figure' }).getByRole('button', { name: 'Free element' }).click();
  await expect(figureList(page).getByRole('button')).toHaveText(['Me', 'Element 1']);
  await goToPhase(page, 'Integration');
  await expect(phaseHelp(page)).toHaveText(/touch only by agreement, so the nervous system can land/);

  await waitUntilSaved(page);
  await page.reload();
  await expect(figureList(page).getByRole('button')).toHaveText(['Me', 'Element 1']);
});

/** Eight people of a system as the client names them: roles, a child, a baby, and two who have died. */
const FAMILY = [
  { role: 'Mother', age: 'adult' },
  { role: 'Father', age: 'adult' },
  { role: 'Sister', age: 'child' },
  { role: 'Little brother', age: 'baby' },
  { role: 'Grandmother', age: 'adult', died: true },
  { role: 'Grandfather', age: 'adult' },
  { role: 'Aunt', age: 'adult' },
  { role: 'Stillborn sister', age: 'baby', died: true },
] as const;

test('a family constellation of eight starts from the people of the system; at the end picture a representative steps out of the role', async ({ page }) => {
  await newSession(page, 'F.', 'Family constellation');
  await expect(page.getByRole('group', { name: 'Elements' })).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Theme (optional)' }).fill('Where do I belong');
  const people = page.getByRole('group', { name: 'People of the system' });
  const role = people.getByRole('textbox', { name: 'Role' });
  for (const person of FAMILY) {
    await role.fill(person.role);
    await people.getByRole('group', { name: 'Age group' }).getByRole('radio', { name: person.age }).check();
    if ('died' in person) await people.getByRole('checkbox', { name: 'Has died' }).check();
    // Enter adds the person, as the button does, and never starts the session.
    await role.press('Enter');
  }
  await expect(people.getByRole('list')).toContainText('Stillborn sister · baby · has died');
  await expect(people.getByRole('listitem')).toHaveCount(8);
  await page.getByRole('button', { name: 'Start session' }).click();

  // The client and the eight people, no intention figure; each as named, standing apart for the client to place.
  await expect(figureList(page).getByRole('button')).toHaveText(['Me', ...FAMILY.map((person) => person.role)]);
  const panel = page.getByRole('region', { name: 'Selected figure' });
  await figureEntry(page, 'Stillborn sister').click();
  await expect(panel).toContainText('Person · baby · has died');
  await figureEntry(page, 'Sister').click();
  await expect(panel.getByRole('group', { name: 'Size' }).getByRole('radio', { name: 'child' })).toBeChecked();
  // The client places a person: a step toward the back of the board by the keys.
  const before = await poseOf(page, 'Mother');
  await figureEntry(page, 'Mother').focus();
  await page.keyboard.press('Shift+ArrowUp');
  await expect.poll(async () => (await poseOf(page, 'Mother')).z).toBeCloseTo(before.z - 0.5, 5);

  await goToPhase(page, 'End picture');
  await expect(phaseHelp(page)).toContainText('step out of the role');
  const release = page.getByRole('region', { name: 'Release from the roles' });
  await release.getByRole('button', { name: 'Release Father' }).click();
  await expect(release).toContainText('Father is released');
  await expect(release.getByRole('button', { name: 'Release Father' })).toHaveCount(0);
  // Father has left the room; the list still names him, as out of the role.
  const fatherState = await figureEntry(page, 'Father').getAttribute('aria-describedby');
  await expect(page.locator(`[id="${fatherState}"]`)).toHaveText('released');

  await waitUntilSaved(page);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Release from the roles' })).toContainText('Father is released');
});
