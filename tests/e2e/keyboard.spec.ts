import type { Page } from '@playwright/test';
import { expect, figureEntry, poseOf, test } from './fixtures';

/**
 * The room by keyboard alone: the keyboard lands on something useful on every screen, a skip
 * link leads past the header to the figures, the figure list moves and turns in short and long
 * steps, and Escape lets go of the chosen figure.
 */

/** The focused element, named as a person would hear it, or "body" when nothing has focus. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    return `${element.tagName.toLowerCase()} ${element.getAttribute('aria-label') ?? element.textContent?.trim() ?? ''}`;
  });

async function startByKeyboard(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New session' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Client' })).toBeFocused();
  await page.keyboard.type('Kari');
  await page.getByRole('textbox', { name: 'Intention' }).fill('Eg vil sove betre');
  // The client chooses each word; a checkbox takes Space.
  for (const word of await page.getByRole('group', { name: 'Elements' }).getByRole('checkbox').all()) {
    await word.focus();
    await page.keyboard.press('Space');
  }
  await page.getByRole('button', { name: 'Start session' }).press('Enter');
  await expect(figureEntry(page, 'Me')).toBeVisible();
}

test('the keyboard lands on a useful control in the library, after "New session" and "Start session", and in replay', async ({ page }) => {
  await startByKeyboard(page);
  // The room opens with the keyboard on the figures, its way into the room, choosing none of them.
  await expect(figureEntry(page, 'Me')).toBeFocused();
  await expect(figureEntry(page, 'Me')).not.toHaveAttribute('aria-current', 'true');

  await page.getByRole('region', { name: 'Recording' }).getByRole('button', { name: 'Replay' }).click();
  await expect(page.getByRole('slider', { name: 'Time' })).toBeVisible();
  await expect.poll(() => focused(page)).not.toBe('body');
  await expect(page.getByRole('group', { name: 'Player' }).getByRole('button', { name: 'Play', exact: true })).toBeFocused();
});

test('a skip link leads from the top of the room screen to the figures', async ({ page }) => {
  await startByKeyboard(page);
  await figureEntry(page, 'sove').click();
  // The link is the page's first stop: just before the header's first button.
  await page.getByRole('button', { name: 'Sessions' }).focus();
  await page.keyboard.press('Shift+Tab');
  const skip = page.getByRole('link', { name: 'Skip to the room' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const url = page.url();
  await page.keyboard.press('Enter');
  // To the chosen figure, and the session's address stays as it was.
  await expect(figureEntry(page, 'sove')).toBeFocused();
  expect(page.url()).toBe(url);
});

test('Arrow moves 10 cm and Shift+Arrow 50 cm; ] turns 15° and Shift+] 45°; Escape lets go', async ({ page }) => {
  await startByKeyboard(page);
  const entry = figureEntry(page, 'vil');
  await entry.focus();
  const start = await poseOf(page, 'vil');
  await page.keyboard.press('ArrowLeft');
  expect((await poseOf(page, 'vil')).x).toBeCloseTo(start.x - 0.1, 2);
  await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(async () => (await poseOf(page, 'vil')).x).toBeCloseTo(start.x - 0.6, 2);
  await page.keyboard.press('Shift+ArrowUp');
  await expect.poll(async () => (await poseOf(page, 'vil')).z).toBeCloseTo(start.z - 0.5, 2);
  await page.keyboard.press(']');
  await expect.poll(async () => (await poseOf(page, 'vil')).facing).toBe((start.facing + 15) % 360);
  await page.keyboard.press('Shift+BracketRight');
  await expect.poll(async () => (await poseOf(page, 'vil')).facing).toBe((start.facing + 60) % 360);
  await page.keyboard.press('Shift+BracketLeft');
  await expect.poll(async () => (await poseOf(page, 'vil')).facing).toBe((start.facing + 15) % 360);

  await expect(entry).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('region', { name: 'Selected figure' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(entry).not.toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('region', { name: 'Selected figure' })).toHaveCount(0);
  // The keyboard stays where it was, ready for the next figure.
  await expect(entry).toBeFocused();
});

test('presentation takes the keyboard along, in and out, and Escape leaves it without letting go of the figure', async ({ page }) => {
  await startByKeyboard(page);
  await figureEntry(page, 'betre').click();
  await page.getByRole('button', { name: 'Presentation' }).click();
  const tools = page.getByRole('toolbar', { name: 'Room tools' });
  await expect(tools.getByRole('button', { name: 'Next phase' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(figureEntry(page, 'betre')).toBeFocused();
  await expect(figureEntry(page, 'betre')).toHaveAttribute('aria-current', 'true');
});
