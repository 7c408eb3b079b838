import type { Page } from '@playwright/test';
import { addPeople, overlappingLabels, placeByDrag, placeByKeys, shownLabels, TEN_PEOPLE } from './constellation';
import { expect, figureEntry, figureList, poseOf, startSession, test, waitForIdleRoom } from './fixtures';
import { brightnessAround } from './pixels';
import { roomViewPoint, topViewPoint } from './projection';

/** A family constellation of eleven figures: the client and ten people (a family constellation has no intention figure). */
async function tenPeopleBoard(page: Page) {
  await startSession(page, { client: 'Kari', intention: 'Ro', template: 'Family constellation' });
  await addPeople(page, TEN_PEOPLE);
  await page.getByRole('switch', { name: 'Top view' }).check();
  for (const person of [{ name: 'Me', x: 0, z: 1.3, facing: 0 }, ...TEN_PEOPLE]) {
    await placeByDrag(page, person);
  }
  await page.getByRole('switch', { name: 'Top view' }).uncheck();
  return figureList(page).getByRole('button').count();
}

async function expectReadableLabels(page: Page, expectedCount: number | null) {
  await waitForIdleRoom(page);
  const canvas = await page.locator('canvas').boundingBox();
  const labels = await shownLabels(page);
  if (expectedCount !== null) expect(labels.map((label) => label.text).sort()).toHaveLength(expectedCount);
  expect(labels.length).toBeGreaterThan(0);
  expect(overlappingLabels(labels)).toEqual([]);
  for (const label of labels) {
    // On the room, whole, at one steady size a person reads at arm's length.
    expect(label.x).toBeGreaterThanOrEqual(canvas!.x - 0.5);
    expect(label.y).toBeGreaterThanOrEqual(canvas!.y - 0.5);
    expect(label.x + label.width).toBeLessThanOrEqual(canvas!.x + canvas!.width + 0.5);
    expect(label.y + label.height).toBeLessThanOrEqual(canvas!.y + canvas!.height + 0.5);
    expect(label.height).toBe(labels[0]!.height);
    expect(label.height).toBeGreaterThanOrEqual(16);
    expect(label.height).toBeLessThanOrEqual(30);
  }
  return labels;
}

async function everyViewKeepsLabelsApart(page: Page) {
  const figures = await tenPeopleBoard(page);
  expect(figures).toBe(11);
  const inRoom = await expectReadableLabels(page, figures);
  expect(inRoom.map((label) => label.text)).toContain('Stillborn brother');

  await page.getByRole('switch', { name: 'Top view' }).check();
  await expectReadableLabels(page, figures);

  await page.getByRole('switch', { name: 'Top view' }).uncheck();
  await figureEntry(page, 'Me').click();
  await page.getByRole('button', { name: 'View from figure' }).click();
  const seen = await expectReadableLabels(page, null);
  // Through the client's eyes the family stands ahead; the labels together cover a small part of the view.
  expect(seen.map((label) => label.text)).toEqual(expect.arrayContaining(['Mother', 'Father', 'Brother']));
  expect(seen.map((label) => label.text)).not.toContain('Me');
  const canvas = await page.locator('canvas').boundingBox();
  const covered = seen.reduce((sum, label) => sum + label.width * label.height, 0);
  expect(covered / (canvas!.width * canvas!.height)).toBeLessThan(0.08);
}

test('with ten people on the board every label reads apart in 3D, from above and from a figure', async ({ page }) => {
  test.setTimeout(240_000);
  await everyViewKeepsLabelsApart(page);
});

test.describe('on a touch tablet', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

  test('with ten people on the board every label reads apart in 3D, from above and from a figure', async ({ page }) => {
    test.setTimeout(240_000);
    await everyViewKeepsLabelsApart(page);
  });
});

test('a figure turned to the side and one turned away show their facing on the floor', async ({ page }) => {
  await startSession(page, { client: 'Kari', intention: 'Ro' });
  await addPeople(page, [
    { name: 'Away', add: 'Person, adult' },
    { name: 'Aside', add: 'Person, adult' },
  ]);
  const away = { name: 'Away', x: -1, z: 0, facing: 0 };
  const aside = { name: 'Aside', x: 1, z: 0, facing: 90 };
  for (const figure of [
    { name: 'Me', x: 0, z: 1.8, facing: 0 },
    { name: 'Intention', x: -1.5, z: 1.8, facing: 0 },
    { name: 'Ro', x: 1.5, z: 1.8, facing: 0 },
    away,
    aside,
  ]) {
    await placeByKeys(page, figure);
  }
  const canvas = page.locator('canvas');
  await waitForIdleRoom(page);
  // Let go of the selection by a click on the empty floor: no ring or handle on the floor now.
  const empty = await roomViewPoint(canvas, { x: 0, y: 0, z: -1.6 });
  await page.mouse.click(empty.x, empty.y);
  await expect(page.getByRole('region', { name: 'Selected figure' }).getByRole('textbox', { name: 'Name' })).toHaveCount(0);
  await waitForIdleRoom(page);

  // Two places on the floor beside each figure: to its east, and to its north a little toward the
  // middle of the picture, where the body does not hide the floor from the default camera.
  const east = (figure: { x: number; z: number }) => ({ x: figure.x + 0.6, y: 0.003, z: figure.z });
  const north = (figure: { x: number; z: number }) => ({ x: figure.x - Math.sign(figure.x) * 0.18, y: 0.003, z: figure.z - 0.55 });
  const points = await Promise.all([east(away), north(away), east(aside), north(aside)].map((point) => roomViewPoint(canvas, point)));
  const [awayEast, awayNorth, asideEast, asideNorth] = await brightnessAround(canvas, points);
  // Facing 0° (away from the viewer) the floor mark lies north and shows beside the body; facing 90° it lies east.
  expect(awayEast! - awayNorth!).toBeGreaterThan(12);
  expect(asideNorth! - asideEast!).toBeGreaterThan(12);
});

test('a long name is cut short on the board and shown whole under the mouse and for the selected figure', async ({ page }) => {
  const name = 'The stillborn brother of my mother';
  await startSession(page, { client: 'Kari', intention: 'Ro' });
  await addPeople(page, [{ name, add: 'Person, baby' }]);
  await page.getByRole('switch', { name: 'Top view' }).check();
  const canvas = page.locator('canvas');
  const corner = await topViewPoint(canvas, { x: 2.9, z: 2.9 });
  await page.mouse.click(corner.x, corner.y);
  await waitForIdleRoom(page);
  const cut = () =>
    page.evaluate(
      (text) =>
        [...document.querySelectorAll<HTMLElement>('.figure-label')]
          .filter((label) => label.textContent === text)
          .map((label) => label.scrollWidth > label.clientWidth),
      name,
    );
  await expect.poll(cut).toEqual([true]);
  const figure = await topViewPoint(canvas, await poseOf(page, name));
  await page.mouse.move(figure.x, figure.y);
  await expect.poll(cut).toEqual([false]);
  await page.mouse.move(corner.x, corner.y);
  await expect.poll(cut).toEqual([true]);
  await figureEntry(page, name).focus();
  await expect.poll(cut).toEqual([false]);
});
