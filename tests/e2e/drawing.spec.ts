import type { CDPSession, Locator, Page } from '@playwright/test';
import { expect, figureEntry, figureList, poseOf, test, waitUntilSaved } from './fixtures';

/**
 * The drawn intention as a client and therapist go through it: the client draws with the mouse
 * and with a finger, takes two elements from the drawing (a tap and a loop), mixed with a written
 * word; the figures are placed; after a reload and in replay the drawing and the elements are
 * still there, each element with its own small picture.
 */

type Point = readonly [number, number];

/** A point of the pad in page pixels, from a share of its width and height. */
async function onPad(pad: Locator, [x, y]: Point): Promise<Point> {
  // The pad sits below the fold of a small window; pointers reach only what is shown.
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('the pad is not shown');
  return [box.x + x * box.width, box.y + y * box.height];
}

async function drawWithMouse(page: Page, pad: Locator, shares: readonly Point[]) {
  const points = await Promise.all(shares.map((share) => onPad(pad, share)));
  const [first, ...rest] = points;
  if (!first) return;
  await page.mouse.move(...first);
  await page.mouse.down();
  for (const point of rest) await page.mouse.move(...point, { steps: 4 });
  await page.mouse.up();
}

/** A real finger as the browser sees one: touch input through the DevTools protocol, which Chromium turns into touch pointer events. */
async function drawWithFinger(touch: CDPSession, pad: Locator, shares: readonly Point[]) {
  const points = await Promise.all(shares.map((share) => onPad(pad, share)));
  const [first, ...rest] = points;
  if (!first) return;
  const at = ([x, y]: Point) => [{ x, y, id: 1 }];
  await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(first) });
  for (const point of rest) await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(point) });
  await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

const square = (x: number, y: number, size: number): Point[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size * 1.6],
  [x, y + size * 1.6],
  [x, y],
];

async function expectDrawnElements(page: Page) {
  await expect(figureEntry(page, 'House')).toBeVisible();
  await expect(figureEntry(page, 'Drawing 2')).toBeVisible();
  await expect(figureEntry(page, 'home')).toBeVisible();
  // Each drawn element shows its own strokes: the house one, the loop's element one; the word none.
  await expect(figureEntry(page, 'House').locator('.drawing-thumbnail path')).toHaveCount(1);
  await expect(figureEntry(page, 'Drawing 2').locator('.drawing-thumbnail path')).toHaveCount(1);
  await expect(figureEntry(page, 'home').locator('.drawing-thumbnail')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'The drawing of the intention' }).locator('svg path')).toHaveCount(2);
}

test('the client draws the intention, takes elements from it, and finds them again after a reload and in replay', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New session' }).click();
  await page.getByRole('textbox', { name: 'Client' }).fill('Drawn');
  await page.getByRole('textbox', { name: 'Intention' }).fill('I want home');
  await page.getByRole('group', { name: 'Elements' }).getByRole('checkbox', { name: 'home' }).check();
  await page.getByRole('button', { name: 'Draw the intention' }).click();

  const pad = page.getByRole('img', { name: 'Drawing pad' });
  await expect(pad).toBeVisible();
  const touch = await page.context().newCDPSession(page);
  await drawWithMouse(page, pad, square(0.1, 0.2, 0.2));
  await page.getByRole('group', { name: 'Colour' }).getByTitle('Sage green').click();
  await expect(page.getByRole('radio', { name: 'Sage green' })).toBeChecked();
  await drawWithFinger(touch, pad, square(0.6, 0.3, 0.15));
  await expect(page.getByText('Strokes drawn: 2')).toBeVisible();

  await page.getByRole('radio', { name: 'Choose strokes' }).check();
  // A tap on the first shape's top edge, with the mouse.
  await page.mouse.click(...(await onPad(pad, [0.2, 0.2])));
  await expect(page.getByText('Strokes chosen: 1')).toBeVisible();
  await page.getByRole('textbox', { name: 'Name in the client’s own word (optional)' }).fill('House');
  await page.getByRole('button', { name: 'Make an element' }).click();
  // A loop round the second shape, with a finger; it is left unnamed.
  await drawWithFinger(touch, pad, [
    [0.55, 0.25],
    [0.8, 0.25],
    [0.8, 0.6],
    [0.55, 0.6],
    [0.55, 0.25],
  ]);
  await expect(page.getByText('Strokes chosen: 1')).toBeVisible();
  await page.getByRole('button', { name: 'Make an element' }).click();
  await expect(page.getByRole('list', { name: 'Elements from the drawing' }).getByRole('listitem')).toHaveCount(2);

  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(figureList(page)).toBeVisible();
  await expectDrawnElements(page);

  // The figures are placed like any others.
  const before = await poseOf(page, 'House');
  await figureEntry(page, 'House').focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await figureEntry(page, 'Drawing 2').focus();
  await page.keyboard.press('Shift+ArrowUp');
  await expect.poll(async () => (await poseOf(page, 'House')).x).toBeCloseTo(before.x - 0.5, 5);
  await waitUntilSaved(page);

  await page.reload();
  await expectDrawnElements(page);
  expect((await poseOf(page, 'House')).x).toBeCloseTo(before.x - 0.5, 5);

  await page.getByRole('region', { name: 'Recording' }).getByRole('button', { name: 'Replay' }).click();
  await expect(page.getByRole('button', { name: 'Exit replay' })).toBeVisible();
  await expectDrawnElements(page);
});
