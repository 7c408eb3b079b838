import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { diagramFrame } from '../../src/diagram/diagramFrame';
import { turnKnobCentre } from '../../src/diagram/figureGlyph';
import { expect, figureEntry, poseOf, type PoseReading, startSession, test, waitForIdleRoom, waitUntilSaved } from './fixtures';
import { topViewPoint } from './projection';

const board = (page: Page) => page.getByRole('group', { name: 'The 2D board' });

/** Where the board shows a figure, read back from its picture: floor metres and facing. */
async function shownOnBoard(page: Page, label: string): Promise<PoseReading> {
  const box = await board(page).boundingBox();
  if (!box) throw new Error('the 2D board is not on screen');
  const place = await board(page).evaluate((svg, name) => {
    const text = [...svg.querySelectorAll('[data-part="label"] text')].find((node) => node.textContent === name);
    const id = text?.closest('[data-figure-id]')?.getAttribute('data-figure-id');
    const transform = svg.querySelector(`[data-part="figure"][data-figure-id="${id}"]`)?.getAttribute('transform') ?? '';
    const match = /translate\(([-\d.]+) ([-\d.]+)\)(?: rotate\(([-\d.]+)\))?/.exec(transform);
    return match ? { x: Number(match[1]), y: Number(match[2]), facing: Number(match[3] ?? 0) } : null;
  }, label);
  if (!place) throw new Error(`the board does not show ${label}`);
  const floor = diagramFrame(box.width, box.height).toFloor(place);
  return { x: floor.x, z: floor.z, facing: place.facing };
}

/** Page coordinates of a floor point on the board (the same framing as the 3D top view). */
async function boardPoint(page: Page, point: { x: number; z: number }) {
  const box = await board(page).boundingBox();
  if (!box) throw new Error('the 2D board is not on screen');
  const local = diagramFrame(box.width, box.height).toPx(point);
  return { x: box.x + local.x, y: box.y + local.y, pixelsPerMetre: diagramFrame(box.width, box.height).pixelsPerMetre };
}

/** Saves a picture through the "More" menu and reads the PNG back. */
async function savePicture(page: Page): Promise<PNG> {
  await page.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByRole('button', { name: 'Save picture…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save a picture of the room' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const file = await downloading;
  await expect(dialog).toBeHidden();
  expect(file.suggestedFilename()).toMatch(/^resonans-picture-\d{4}-\d\d-\d\d-\w+\.png$/);
  const bytes = await readFile((await file.path())!);
  if (process.env.BOARD_PICTURE_OUT) await writeFile(process.env.BOARD_PICTURE_OUT, bytes);
  return PNG.sync.read(bytes);
}

/** A pixel's colour at a point given as a share of the picture's width and height. */
function colourAt(png: PNG, share: { x: number; y: number }): [number, number, number] {
  const at = 4 * (Math.floor(share.y * png.height) * png.width + Math.floor(share.x * png.width));
  return [png.data[at] ?? 0, png.data[at + 1] ?? 0, png.data[at + 2] ?? 0];
}

const colourDistance = (a: readonly number[], b: readonly number[]) => Math.max(...a.map((channel, i) => Math.abs(channel - (b[i] ?? 0))));

async function dragSlowly(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 6; step += 1) {
    await page.mouse.move(from.x + ((to.x - from.x) * step) / 6, from.y + ((to.y - from.y) * step) / 6);
    await page.waitForTimeout(80);
  }
  await page.mouse.up();
}

const expectSamePlace = (shown: PoseReading, listed: PoseReading) => {
  expect(shown.x).toBeCloseTo(listed.x, 1);
  expect(shown.z).toBeCloseTo(listed.z, 1);
  expect(shown.facing).toBeCloseTo(listed.facing, 0);
};

test('without WebGL the 2D board adds, places, turns, records and replays figures', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function refusingWebGl(this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
      if (kind.startsWith('webgl')) return null;
      return (original as (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
    } as typeof original;
  });
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
  await expect(board(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'this browser cannot draw it (no WebGL)' })).toBeVisible();
  await expect(page.locator('canvas')).toHaveCount(0);
  // Added: a new figure stands on the board with its name.
  await page.getByRole('region', { name: 'Add figure' }).getByRole('button', { name: 'Person, adult' }).click();
  expectSamePlace(await shownOnBoard(page, 'Person 1'), await poseOf(page, 'Person 1'));
  await page.getByRole('button', { name: 'Next phase' }).click();

  // Placed by pointer: the figure follows to where it is let go.
  const start = await poseOf(page, 'vil');
  await dragSlowly(page, await boardPoint(page, start), await boardPoint(page, { x: -0.8, z: -0.6 }));
  const placed = await poseOf(page, 'vil');
  expect(placed.x).toBeCloseTo(-0.8, 1);
  expect(placed.z).toBeCloseTo(-0.6, 1);

  // Turned by its knob toward the pointer, then by the keys of the 3D room.
  const centre = await boardPoint(page, placed);
  const knob = turnKnobCentre(centre, placed.facing, centre.pixelsPerMetre);
  await dragSlowly(page, knob, { x: centre.x + 120, y: centre.y });
  expect((await poseOf(page, 'vil')).facing).toBe(90);
  await page.keyboard.press(']');
  await expect.poll(async () => (await poseOf(page, 'vil')).facing).toBe(105);
  expectSamePlace(await shownOnBoard(page, 'vil'), await poseOf(page, 'vil'));
  const end = await poseOf(page, 'vil');

  // Saved as a picture: the board as it shows now (there is no 3D room to take), at the size asked.
  const box = (await board(page).boundingBox())!;
  const onScreen = PNG.sync.read(await board(page).screenshot());
  const picture = await savePicture(page);
  expect(picture.width).toBe(1920);
  expect(picture.height).toBe(Math.round((1920 * Math.round(box.height)) / Math.round(box.width)));
  // Where the figure stands and where the board is bare, the picture has the screen's colours.
  const share = (point: { x: number; z: number }) => {
    const local = diagramFrame(box.width, box.height).toPx(point);
    return { x: local.x / box.width, y: local.y / box.height };
  };
  const [figureHere, bareHere] = [share(end), share({ x: 1.5, z: -1.5 })];
  expect(colourDistance(colourAt(picture, figureHere), colourAt(onScreen, figureHere))).toBeLessThan(24);
  expect(colourDistance(colourAt(picture, bareHere), colourAt(onScreen, bareHere))).toBeLessThan(24);
  expect(colourDistance(colourAt(picture, figureHere), colourAt(picture, bareHere))).toBeGreaterThan(40);
  await waitUntilSaved(page);

  // Replayed: the board shows the room at the playhead, from the first picture to the last.
  await page.getByRole('region', { name: 'Recording' }).getByRole('button', { name: 'Replay' }).click();
  const slider = page.getByRole('slider', { name: 'Time' });
  await expect(slider).toHaveValue('0');
  await expect.poll(async () => (await shownOnBoard(page, 'vil')).x).toBeCloseTo(start.x, 1);
  expectSamePlace(await shownOnBoard(page, 'vil'), start);
  await slider.focus();
  await page.keyboard.press('End');
  await expect.poll(async () => (await shownOnBoard(page, 'vil')).facing).toBe(105);
  expectSamePlace(await shownOnBoard(page, 'vil'), end);
  // Replay only shows: a press on a figure moves nothing.
  const there = await boardPoint(page, end);
  await dragSlowly(page, there, { x: there.x + 80, y: there.y + 40 });
  expectSamePlace(await shownOnBoard(page, 'vil'), end);
});

test('a WebGL context lost mid-session hands over to the 2D board without losing anything', async ({ page }) => {
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
  await waitForIdleRoom(page);
  await figureEntry(page, 'sove').focus();
  await page.keyboard.press('ArrowUp');
  const sove = await poseOf(page, 'sove');

  // A drag in the top view is under way when the context goes.
  await page.getByRole('switch', { name: 'Top view' }).check();
  await waitForIdleRoom(page);
  const canvas = page.locator('canvas');
  const egStart = await poseOf(page, 'Eg');
  const from = await topViewPoint(canvas, egStart);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 4; step += 1) {
    await page.mouse.move(from.x + step * 15, from.y);
    await page.waitForTimeout(80);
  }
  await page.evaluate(() => {
    const gl = document.querySelector('canvas')?.getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  });
  await expect(board(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The 3D room stopped drawing' })).toBeVisible();
  await page.mouse.up();

  // Nothing was lost: the list and the board agree, the keyboard move stands, the drag landed.
  expect(await poseOf(page, 'sove')).toEqual(sove);
  await expect(page.locator('canvas')).toHaveCount(0);
  expect((await poseOf(page, 'Eg')).x).toBeGreaterThan(egStart.x + 0.2);
  for (const label of ['Me', 'Eg', 'sove']) expectSamePlace(await shownOnBoard(page, label), await poseOf(page, label));
  await waitUntilSaved(page);

  // The therapist may try the 3D room again, and choose the board on purpose.
  await page.getByRole('button', { name: 'Try the 3D room again' }).click();
  await expect(page.locator('canvas')).toBeVisible();
  await page.getByRole('switch', { name: '2D board' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'You are using the 2D board' })).toBeVisible();
  await page.reload();
  await expect(board(page)).toBeVisible();
  await page.getByRole('switch', { name: '2D board' }).uncheck();
  await expect(page.locator('canvas')).toBeVisible();
});
