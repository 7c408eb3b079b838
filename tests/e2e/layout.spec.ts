import type { Page } from '@playwright/test';
import { expect, figureEntry, figureList, startSession, test, waitForIdleRoom } from './fixtures';

/**
 * The room gets most of the screen in every mode, at 1280x800 and on a 1024x768 touch tablet,
 * and the main action of each phase is in view without scrolling. The room is measured as the
 * canvas's rectangle against the window's.
 */
const MIN_ROOM_SHARE = 0.6;

async function roomShare(page: Page): Promise<number> {
  const box = await page.locator('canvas').boundingBox();
  const window = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  return box ? (box.width * box.height) / (window.width * window.height) : 0;
}

/** Nothing reaches past the window's right edge, which would make a tablet zoom the page out. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: innerWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.window);
}

async function expectRoomShare(page: Page, mode: string): Promise<void> {
  await expect(page.locator('canvas')).toBeVisible();
  await expect.poll(() => roomShare(page), { message: `the room's share of the screen in ${mode}` }).toBeGreaterThanOrEqual(MIN_ROOM_SHARE);
  await expectNoSidewaysScroll(page);
}

const addingButtons = (page: Page) => page.getByRole('region', { name: 'Add figure' }).getByRole('button');

async function checkEveryMode(page: Page): Promise<void> {
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
  await expectRoomShare(page, 'editing');
  await page.getByRole('switch', { name: 'Top view' }).check();
  await expectRoomShare(page, 'top view');
  await page.getByRole('switch', { name: 'Top view' }).uncheck();
  for (let step = 0; step < 5; step += 1) await page.getByRole('button', { name: 'Next phase' }).click();
  // IoPT phase 6: the sharing order is the phase's tool, and it is in view.
  await expect(page.getByRole('heading', { name: 'Sharing order' })).toBeInViewport({ ratio: 1 });
  await expectRoomShare(page, 'editing in phase 6');
  // Opening the session again puts the keyboard on the figures without scrolling the phase's tools away.
  await page.reload();
  await expect(figureEntry(page, 'Me')).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Sharing order' })).toBeInViewport({ ratio: 1 });
  await page.getByRole('button', { name: 'Presentation' }).click();
  await expectRoomShare(page, 'presentation');
  await page.getByRole('button', { name: 'Leave presentation' }).click();
  await expectRoomShare(page, 'editing after presentation');
}

async function checkReplay(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Replay session with Demo client' }).click();
  await expect(page.getByRole('slider', { name: 'Time' })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('combobox', { name: 'Phase at this moment' })).toBeInViewport({ ratio: 1 });
  await expectRoomShare(page, 'replay');
}

/** Visible controls smaller than 44 px either way, counting a checkbox by its label, which is what a finger hits. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, select, input:not([type=hidden])')]
      .filter((element) => element.checkVisibility())
      .filter((element) => {
        const rect = (element.closest('label') ?? element).getBoundingClientRect();
        return rect.width < 44 || rect.height < 44;
      })
      .map((element) => element.getAttribute('aria-label') ?? element.textContent?.trim() ?? element.tagName),
  );
}

async function checkFamilyWithTwelveFigures(page: Page): Promise<void> {
  await startSession(page, { client: 'Familie', intention: 'Eg vil høyre til', template: 'Family constellation' });
  await expect(addingButtons(page).first()).toBeInViewport({ ratio: 1 });
  const entries = figureList(page).getByRole('listitem');
  while ((await entries.count()) < 12) await page.getByRole('button', { name: 'Person, adult' }).click();
  await expect(entries).toHaveCount(12);
  for (const button of await addingButtons(page).all()) await expect(button).toBeInViewport({ ratio: 1 });
  await expectRoomShare(page, 'a family constellation with twelve figures');
}

test.describe('at 1280x800', () => {
  test('the room has at least 60% of the screen in editing, top view and presentation', async ({ page }) => {
    await checkEveryMode(page);
  });

  test('the room has at least 60% of the screen in replay', async ({ page }) => {
    await checkReplay(page);
  });

  test('a family constellation shows "Add figure" without scrolling, with twelve figures too', async ({ page }) => {
    await checkFamilyWithTwelveFigures(page);
  });
});

test.describe('on a 1024x768 touch tablet', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true });

  test('the room has at least 60% of the screen in editing, top view and presentation', async ({ page }) => {
    await checkEveryMode(page);
  });

  test('the room has at least 60% of the screen in replay, and every control of the player is a finger wide', async ({ page }) => {
    await checkReplay(page);
    await expect.poll(() => smallTargets(page)).toEqual([]);
    await page.getByRole('button', { name: 'More', exact: true }).click();
    await expect(page.getByLabel('Speed')).toBeVisible();
    await expect.poll(() => smallTargets(page)).toEqual([]);
  });

  test('a family constellation shows "Add figure" without scrolling, with twelve figures too', async ({ page }) => {
    await checkFamilyWithTwelveFigures(page);
  });

  test('the hint speaks of fingers and the turn handle, not of arrow keys', async ({ page }) => {
    await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
    await waitForIdleRoom(page);
    await page.locator('canvas').tap({ position: { x: 20, y: 300 } });
    const list = figureList(page);
    await expect(list).toHaveAccessibleDescription(/twist two fingers on it or drag its turn handle/);
    await expect(page.getByText(/arrow keys/)).toHaveCount(0);
  });
});

test.describe('on a 390-wide phone', () => {
  test.use({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });

  test('the library fits the screen, with "New session" and every session action in reach', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'New session' })).toBeInViewport({ ratio: 1 });
    await expectNoSidewaysScroll(page);
    const actions = page.getByRole('listitem').first().getByRole('button');
    for (const action of await actions.all()) {
      const box = await action.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    }
  });
});
