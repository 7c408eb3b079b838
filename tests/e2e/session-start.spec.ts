import type { Page } from '@playwright/test';
import { expect, figureList, parsePose, type PoseReading, startSession, test, waitForIdleRoom } from './fixtures';
import { summarisePixels } from './pixels';

test('a new user sees the library with the demo in it and can start a session', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Sessions on this device' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText('Demo client');
  await expect(list.getByRole('listitem')).toContainText('I want to feel safe with others');
  await expect(list.getByRole('listitem')).toContainText('demo');
  await page.getByRole('button', { name: 'New session' }).click();
  await expect(page.getByRole('heading', { name: 'New session' })).toBeVisible();
  const templates = page.getByRole('group', { name: 'Phase template' });
  await expect(templates.getByRole('radio')).toHaveCount(4);
  await expect(templates.getByRole('radio', { name: 'IoPT self-encounter' })).toBeChecked();
  for (const name of ['RTT session', 'Family constellation', 'Free']) await expect(templates.getByRole('radio', { name })).not.toBeChecked();
});

/** Every figure's pose, read from the figure list as a screen reader hears it. */
async function allPoses(page: Page): Promise<PoseReading[]> {
  const descriptions = await figureList(page)
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((button) => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent ?? ''));
  return descriptions.map(parsePose);
}

/** On the 4 m board with a margin, and never on top of another figure. */
function expectOnBoardAndApart(poses: readonly PoseReading[]) {
  for (const [index, pose] of poses.entries()) {
    expect(Math.abs(pose.x), `figure ${index} x`).toBeLessThanOrEqual(1.75);
    expect(Math.abs(pose.z), `figure ${index} z`).toBeLessThanOrEqual(1.75);
    for (const other of poses.slice(0, index)) expect(Math.hypot(pose.x - other.x, pose.z - other.z)).toBeGreaterThanOrEqual(0.55);
  }
}

test('the client stands at the front of the board, the intention and each word in an arc in front, facing into the board', async ({ page }) => {
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
  const entries = figureList(page).getByRole('button');
  await expect(entries).toHaveText(['Me', 'Intention', 'Eg', 'vil', 'sove', 'betre']);
  const [me, ...others] = await allPoses(page);
  if (!me) throw new Error('no client');
  expect(me.x).toBe(0);
  expect(me.z).toBeGreaterThan(1);
  for (const [index, pose] of others.entries()) {
    expect(pose.facing).toBe(0);
    // In front of the client, at about the same distance, left to right in the order of the words.
    expect(pose.z).toBeLessThan(me.z);
    expect(Math.hypot(pose.x - me.x, pose.z - me.z)).toBeCloseTo(1.2, 1);
    if (index > 0) expect(pose.x).toBeGreaterThan(others[index - 1]?.x ?? Number.NEGATIVE_INFINITY);
  }
  expectOnBoardAndApart([me, ...others]);
  await expect(page.getByRole('heading', { name: 'Kari' })).toBeVisible();
  await expect(page.getByText('Eg vil sove betre')).toBeVisible();

  // The room is drawn, not blank: floor, board and figures in many colours.
  await waitForIdleRoom(page);
  const pixels = await summarisePixels(page.locator('canvas'));
  expect(pixels.meanBrightness).toBeGreaterThan(80);
  expect(pixels.variedShare).toBeGreaterThan(0.3);
  expect(pixels.distinctColours).toBeGreaterThan(40);
});

test('eight words all stand on the board, and so does every figure added after them', async ({ page }) => {
  await startSession(page, { client: 'Kari', intention: 'Jeg vil kunne være nær de jeg elsker' });
  await expect(figureList(page).getByRole('button')).toHaveCount(10);
  expectOnBoardAndApart(await allPoses(page));

  const add = page.getByRole('region', { name: 'Add figure' });
  const buttons = ['Person, adult', 'Person, child', 'Person, baby', 'Free element'];
  for (let i = 0; i < 20; i += 1) await add.getByRole('button', { name: buttons[i % buttons.length] }).click();
  await expect(figureList(page).getByRole('button')).toHaveCount(30);
  expectOnBoardAndApart(await allPoses(page));
});

test('the client picks words, none chosen beforehand, and joins neighbours into one element', async ({ page }) => {
  await page.goto('/#/new');
  await page.getByRole('textbox', { name: 'Intention' }).fill('Eg vil sove betre');
  const elements = page.getByRole('group', { name: 'Elements' });
  for (const word of ['Eg', 'vil', 'sove', 'betre']) await expect(elements.getByRole('checkbox', { name: word, exact: true })).not.toBeChecked();
  await elements.getByRole('checkbox', { name: 'Eg', exact: true }).check();
  await elements.getByRole('button', { name: 'Join with next: “sove” and “betre”' }).click();
  await expect(elements.getByRole('checkbox', { name: 'sove betre' })).toBeChecked();
  await expect(elements.getByRole('checkbox')).toHaveCount(3);
  // Joining can be undone by splitting again.
  await elements.getByRole('button', { name: 'Split “sove betre”' }).click();
  await expect(elements.getByRole('checkbox')).toHaveCount(4);
  await elements.getByRole('button', { name: 'Join with next: “sove” and “betre”' }).click();
  await page.getByRole('textbox', { name: 'Client' }).fill('K.');
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(figureList(page).getByRole('button')).toHaveText(['Me', 'Intention', 'Eg', 'sove betre']);
});

test('the intention is kept exactly as typed, in any language, up to 200 characters', async ({ page }) => {
  const intention = 'Jeg vil tåle nærhet – «ærlig», größer!';
  await startSession(page, { client: 'Å', intention });
  await expect(page.locator('.room-title .intention')).toHaveText(intention);
  await expect(figureList(page).getByRole('button', { name: 'tåle', exact: true })).toBeVisible();
  await expect(figureList(page).getByRole('button', { name: 'nærhet', exact: true })).toBeVisible();

  await page.goto('/#/new');
  const box = page.getByRole('textbox', { name: 'Intention' });
  await box.fill('a'.repeat(250));
  await expect(box).toHaveValue('a'.repeat(200));
});

test('an empty intention is asked for, not started', async ({ page }) => {
  await page.goto('/#/new');
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('alert')).toHaveText('The intention is still missing: the client writes it in their own words.');
  await expect(page.getByRole('heading', { name: 'New session' })).toBeVisible();
});
