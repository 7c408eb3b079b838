import type { Page } from '@playwright/test';
import { expect, figureEntry, figureList, startSession, test, waitForIdleRoom } from './fixtures';

const goToPhase = (page: Page, name: string) => page.getByRole('list', { name: 'Phases' }).getByRole('button', { name }).click();
const marksList = (page: Page) => page.getByRole('list', { name: 'Everything recorded' });
const openReplay = (page: Page) => page.getByRole('region', { name: 'Recording' }).getByRole('button', { name: 'Replay' }).click();
const shots = (name: string) => `test-results-E/method-${name}.png`;

/** In the figure panel, the client steps into resonance with the chosen figure. */
async function stepInto(page: Page, label: string): Promise<void> {
  await figureEntry(page, label).click();
  await page.getByRole('checkbox', { name: 'The client is in resonance with this figure' }).check();
  await expect(page.getByRole('region', { name: 'One-to-one: the client in resonance' }).getByRole('status')).toHaveText(
    `The client is in resonance with ${label}`,
  );
}

test('one-to-one IoPT: the client in resonance with two elements, and what was said from one reads as the client’s in replay', async ({ page }) => {
  test.setTimeout(60_000);
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove' });
  await goToPhase(page, 'Wordless phase');

  // The client steps into "sove": its label and its entry in the list say so, calmly.
  await stepInto(page, 'sove');
  const label = page.locator('.figure-label', { hasText: 'sove' });
  await expect(label.locator('.label-resonance')).toHaveText('the client');
  await expect(figureList(page).getByText('The client is in resonance')).toHaveCount(1);
  await page.getByRole('group', { name: 'Who moves this figure' }).getByRole('radio', { name: 'Moved in resonance' }).check();
  await figureEntry(page, 'sove').focus();
  await page.keyboard.press('ArrowUp');
  const expression = page.getByRole('region', { name: 'Mark an expression' });
  await expression.getByRole('radio', { name: 'Sound' }).check();
  await expression.getByRole('button', { name: 'Mark expression' }).click();
  await expect(expression.getByRole('status')).toHaveText('Marked: Sound by the client, from sove');
  await waitForIdleRoom(page);
  await page.screenshot({ path: shots('resonance') });
  await page.getByRole('region', { name: 'One-to-one: the client in resonance' }).screenshot({ path: shots('resonance-status') });
  await page.locator('.figure-method').screenshot({ path: shots('figure-panel') });

  // Into the second element: the first ends by itself.
  await stepInto(page, 'vil');
  await expect(label.locator('.label-resonance')).toHaveCount(0);
  await page.getByRole('button', { name: 'The client ended the wordless phase' }).click();

  // Phase 6: the client speaks from "vil"; the statement is the client's.
  await goToPhase(page, 'The resonators share');
  await page.getByRole('textbox', { name: 'What the client said, from vil' }).fill('Eg ville gå nærare');
  await page.getByRole('button', { name: 'The client steps out of vil' }).click();
  await expect(page.getByText('The client is not in resonance with any figure. Choose a figure to mark it.')).toBeVisible();

  await openReplay(page);
  await expect(marksList(page).getByRole('button', { name: /The client in resonance with sove/ })).toBeVisible();
  await expect(marksList(page).getByRole('button', { name: /the client, from sove: Sound/ })).toBeVisible();
  await expect(marksList(page).getByRole('button', { name: /The client ended the wordless phase/ })).toBeVisible();
  await expect(marksList(page).getByRole('button', { name: /the client, from vil said: “Eg ville gå nærare”/ })).toBeVisible();
  await expect(marksList(page).getByRole('button', { name: /The client steps out of vil/ })).toBeVisible();

  // At the moment the client was in resonance with sove, the replayed room shows it, and who moved it.
  await marksList(page)
    .getByRole('button', { name: /the client, from sove: Sound/ })
    .click();
  await expect(page.locator('.figure-label', { hasText: 'sove' }).locator('.label-resonance')).toHaveText('the client');
  await expect(figureList(page).getByText('Moved in resonance')).toBeVisible();
});

test('RTT: regulation and body tone are marked beside arousal, resources at the close, and all are seen in replay', async ({ page }) => {
  test.setTimeout(60_000);
  await startSession(page, { client: 'Bo', intention: 'Uro i kroppen', template: 'RTT session' });
  await goToPhase(page, 'Regulation');
  const regulation = page.getByRole('region', { name: 'Regulation' });
  await regulation.getByRole('button', { name: 'Breathing' }).click();
  await expect(regulation.getByRole('status')).toHaveText(/^Breathing marked at \d+:\d\d$/);
  await regulation.getByRole('textbox', { name: 'Name of the exercise, or a word (optional)' }).fill('NRE 3');
  await regulation.getByRole('button', { name: 'Exercise' }).click();
  const bodyTone = page.getByRole('region', { name: 'Body tone' });
  await bodyTone.getByRole('button', { name: 'Tense' }).click();
  await expect(bodyTone.getByRole('status')).toHaveText('Last marked: Tense');

  await goToPhase(page, 'Closing and resources');
  const resources = page.getByRole('region', { name: 'Resources given' });
  await resources.getByRole('textbox', { name: 'A resource to use between sessions' }).fill('Long out-breath');
  await resources.getByRole('button', { name: 'Add' }).click();
  await expect(resources.getByRole('listitem')).toHaveText(['Long out-breath×']);
  await page.screenshot({ path: shots('rtt-marks') });

  await openReplay(page);
  await expect(marksList(page).getByRole('button', { name: /Regulation: Breathing$/ })).toBeVisible();
  await expect(marksList(page).getByRole('button', { name: /Regulation: Exercise, NRE 3/ })).toBeVisible();
  await expect(marksList(page).getByRole('button', { name: /Body tone: Tense/ })).toBeVisible();
  await expect(marksList(page).getByRole('button', { name: /Resources given: Long out-breath/ })).toBeVisible();
  await expect(page.getByText('Body tone at this moment: Tense')).toHaveCount(0);
  await marksList(page)
    .getByRole('button', { name: /Body tone: Tense/ })
    .click();
  await expect(page.getByText('Body tone at this moment: Tense')).toBeVisible();
  await expect(page.locator('.timeline-mark.mark-regulation')).toHaveCount(2);
  await expect(page.locator('.timeline-mark.mark-bodyTone')).toHaveCount(1);
  await page.screenshot({ path: shots('rtt-replay') });
});
