import type { Page } from '@playwright/test';
import { chooseEveryWord, expect, figureEntry, figureList, poseOf, startSession, test, waitForIdleRoom, waitUntilSaved } from './fixtures';
import { colourAt, countPixelsNear } from './pixels';
import { roomViewPoint } from './projection';

/** Every text a person or a screen reader can meet on the page: visible text, accessible names, titles and field values. */
const pageWords = (page: Page) =>
  page.evaluate(() => {
    const texts = [document.body.innerText, document.title];
    for (const element of document.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'aria-valuetext']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
      if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) texts.push(element.value);
    }
    // Screen-reader text that is hidden from sight counts too (the room's announcements).
    for (const element of document.querySelectorAll('[aria-live], [role=status]')) texts.push(element.textContent ?? '');
    return texts.join('\n');
  });

const secret = ['Kari', 'Jeg', 'tåler', 'nærhet', 'bedre'];

async function expectNothingGivenAway(page: Page, moment: string) {
  const words = await pageWords(page);
  for (const word of secret) expect(words.includes(word), `"${word}" shows ${moment}`).toBe(false);
}

test('covert mode hides every clue to the words until the therapist reveals them', async ({ page }) => {
  await startSession(page, { client: 'Kari', intention: 'Jeg tåler nærhet bedre' });
  await page.getByRole('switch', { name: 'Covert' }).check();
  const entries = figureList(page).getByRole('button');
  // Numbered by the session's own random order, and listed by number rather than by word.
  await expect(entries).toHaveText(['Me', 'Intention', 'Element 1', 'Element 2', 'Element 3', 'Element 4']);
  await expectNothingGivenAway(page, 'with covert mode on');

  // Which figure is "Element 1" is drawn per session: remember it by its place on the board.
  const placeOf = async (label: string) => {
    const pose = await poseOf(page, label);
    return `${pose.x},${pose.z}`;
  };
  const covertPlaces = [];
  for (const number of [1, 2, 3, 4]) covertPlaces.push(await placeOf(`Element ${number}`));

  // The selected element's panel, a move heard by a screen reader, the sharing order and the release.
  await figureEntry(page, 'Element 3').focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('status').filter({ hasText: /^Element 3: / })).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Selected figure' }).getByRole('textbox', { name: 'Name' })).toHaveCount(0);
  await expectNothingGivenAway(page, 'with an element selected and moved');
  for (let i = 0; i < 5; i += 1) await page.getByRole('button', { name: 'Next phase' }).click();
  const sharing = page.getByRole('region', { name: 'Sharing order' });
  // Until the client chooses, the order follows the numbers, not the words.
  await expect(sharing.locator('.sharing-name')).toHaveText(['1. Intention', '2. Element 1', '3. Element 2', '4. Element 3', '5. Element 4']);
  await expectNothingGivenAway(page, 'in the sharing phase');
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(page.getByRole('region', { name: 'Release from the roles' }).getByRole('button')).toHaveText([
    'Release Intention',
    'Release Element 1',
    'Release Element 2',
    'Release Element 3',
    'Release Element 4',
  ]);
  await expectNothingGivenAway(page, 'in the rounding-off phase');

  // Covert mode and the numbers stay with the same figures after a reload.
  await waitUntilSaved(page);
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Covert' })).toBeChecked();
  await expect(entries).toHaveCount(6);
  await expectNothingGivenAway(page, 'after a reload');
  for (const [index, place] of covertPlaces.entries()) {
    if (index === 2) continue; // Element 3 was moved.
    expect(await placeOf(`Element ${index + 1}`)).toBe(place);
  }

  await page.getByRole('switch', { name: 'Covert' }).uncheck();
  await expect(entries).toHaveText(['Me', 'Intention', 'Jeg', 'tåler', 'nærhet', 'bedre']);
  await expect(page.getByRole('heading', { name: 'Kari' })).toBeVisible();
});

test('a session started covertly never shows the words, and its elements stand in the order of their numbers', async ({ page }) => {
  await page.goto('/#/new');
  await page.getByRole('textbox', { name: 'Client' }).fill('Kari');
  await page.getByRole('textbox', { name: 'Intention' }).fill('Jeg tåler nærhet bedre');
  await chooseEveryWord(page);
  await page.getByRole('checkbox', { name: 'Start covertly' }).check();
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('switch', { name: 'Covert' })).toBeChecked();
  await expect(figureList(page).getByRole('button')).toHaveText(['Me', 'Intention', 'Element 1', 'Element 2', 'Element 3', 'Element 4']);
  await expectNothingGivenAway(page, 'in a session started covertly');
  // Left to right on the board: by number, so not even the places follow the words.
  const xs = [];
  for (const number of [1, 2, 3, 4]) xs.push((await poseOf(page, `Element ${number}`)).x);
  expect(xs).toEqual([...xs].sort((a, b) => a - b));
});

test('presentation fills the screen with the room and only a few controls', async ({ page }) => {
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
  const canvas = page.locator('canvas');
  const before = await canvas.boundingBox();
  await page.getByRole('button', { name: 'Presentation' }).click();
  await expect(figureList(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Kari' })).toHaveCount(0);
  const tools = page.getByRole('toolbar', { name: 'Room tools' });
  await expect(tools.getByRole('button')).toHaveText(['Undo', 'Next phase', 'Leave presentation']);
  await expect.poll(async () => (await canvas.boundingBox())?.width ?? 0).toBeGreaterThan((before?.width ?? 0) + 200);
  await tools.getByRole('button', { name: 'Next phase' }).click();
  await expect(tools).toContainText('The client chooses resonators');
  await page.keyboard.press('Escape');
  await expect(figureList(page)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Phases' }).getByRole('listitem').nth(1)).toHaveAttribute('aria-current', 'step');
});

test.describe('on a tablet', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

  test('two fingers on the floor pinch the view closer; every control is at least 44 px', async ({ page }) => {
    await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
    await waitForIdleRoom(page);
    const canvas = page.locator('canvas');
    const box = (await canvas.boundingBox())!;
    // A figure's body in the middle of the board: closer, it fills more of the screen.
    const vil = await poseOf(page, 'vil');
    const body = await roomViewPoint(canvas, { x: vil.x, y: 0.3, z: vil.z });
    const figure = await colourAt(canvas, body.x - box.x, body.y - box.y);
    const before = await countPixelsNear(canvas, figure, 10);
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number; id: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p) => ({ ...p, radiusX: 1, radiusY: 1, force: 1 })) });
    // Empty floor near the top of the view, away from every figure.
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height * 0.2;
    await touch('touchStart', [
      { x: cx - 20, y: cy, id: 1 },
      { x: cx + 20, y: cy, id: 2 },
    ]);
    for (let step = 1; step <= 10; step += 1)
      await touch('touchMove', [
        { x: cx - 20 - step * 15, y: cy, id: 1 },
        { x: cx + 20 + step * 15, y: cy, id: 2 },
      ]);
    await touch('touchEnd', []);
    await waitForIdleRoom(page);
    expect(await countPixelsNear(canvas, figure, 10)).toBeGreaterThan(before * 1.2);

    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, select, input:not([type=hidden]), [role=switch]')]
        .filter((element) => element.offsetParent !== null)
        .map((element) => {
          // A small checkbox or radio counts by its label, which is the target a finger hits.
          const target = element.closest('label') ?? element;
          const rect = target.getBoundingClientRect();
          return {
            name: `${element.tagName.toLowerCase()}${element.getAttribute('type') ? `[${element.getAttribute('type')}]` : ''} ${element.id ? (document.querySelector(`label[for="${element.id}"]`)?.textContent ?? '') : ''} ${element.getAttribute('aria-label') ?? element.textContent?.trim() ?? ''}`.trim(),
            width: Math.round(rect.width),
            height: Math.round(rect.height),
          };
        })
        .filter((target) => target.width < 44 || target.height < 44),
    );
    expect(small).toEqual([]);
  });
});

test('the client sets the sharing order by dragging a figure in the list', async ({ page }) => {
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
  for (let i = 0; i < 5; i += 1) await page.getByRole('button', { name: 'Next phase' }).click();
  const sharing = page.getByRole('region', { name: 'Sharing order' });
  const names = () => sharing.locator('.sharing-name').allInnerTexts();
  expect(await names()).toEqual(['1. Intention', '2. Eg', '3. vil', '4. sove', '5. betre']);
  const handle = sharing.getByRole('listitem').nth(4).locator('.drag-handle');
  const target = sharing.getByRole('listitem').nth(1);
  await handle.scrollIntoViewIfNeeded();
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + 40, to.y + 5, { steps: 8 });
  await page.mouse.up();
  expect(await names()).toEqual(['1. Intention', '2. betre', '3. Eg', '4. vil', '5. sove']);
});
