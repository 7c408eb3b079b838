import type { Page } from '@playwright/test';
import { figureEntry, poseOf } from './fixtures';
import { topViewPoint } from './projection';

export interface Standing {
  readonly name: string;
  readonly x: number;
  readonly z: number;
  readonly facing: number;
}

export interface FamilyMember extends Standing {
  readonly add: 'Person, adult' | 'Person, child' | 'Person, baby';
}

/** Ten people close together, with long names and every facing: the board of issue 8. */
export const TEN_PEOPLE: readonly FamilyMember[] = [
  { name: 'Mother', add: 'Person, adult', x: -0.5, z: -0.6, facing: 180 },
  { name: 'Father', add: 'Person, adult', x: 0.3, z: -0.7, facing: 270 },
  { name: 'Stillborn brother', add: 'Person, baby', x: -0.9, z: -1.2, facing: 90 },
  { name: 'Brother', add: 'Person, adult', x: -0.1, z: -0.2, facing: 0 },
  { name: 'Sister', add: 'Person, child', x: 0.7, z: 0.1, facing: 210 },
  { name: 'Grandmother', add: 'Person, adult', x: -1.5, z: -1.6, facing: 135 },
  { name: 'Grandfather', add: 'Person, adult', x: -0.9, z: -1.8, facing: 90 },
  { name: 'The trauma', add: 'Person, adult', x: -0.6, z: -0.35, facing: 0 },
  { name: 'Partner', add: 'Person, adult', x: 0.6, z: 1.0, facing: 270 },
  { name: 'Daughter', add: 'Person, child', x: 1.2, z: 0.6, facing: 300 },
];

/** Adds people with "Add figure" and names them as a therapist would, in the panel of the selected figure. */
export async function addPeople(page: Page, people: readonly Pick<FamilyMember, 'name' | 'add'>[]): Promise<void> {
  const panel = page.getByRole('region', { name: 'Selected figure' });
  const before = await page.getByRole('list', { name: 'Figures' }).getByRole('button').count();
  for (const [index, person] of people.entries()) {
    await page.getByRole('button', { name: person.add }).click();
    await page
      .getByRole('list', { name: 'Figures' })
      .getByRole('button')
      .nth(before + index)
      .click();
    await panel.getByRole('textbox', { name: 'Name' }).fill(person.name);
    await panel.getByRole('button', { name: 'Rename' }).click();
    await figureEntry(page, person.name).waitFor();
  }
}

/** Moves and turns a figure with the keys: Shift steps 50 cm and 45°, plain ones 10 cm and 15°. */
export async function placeByKeys(page: Page, target: Standing): Promise<void> {
  const pose = await poseOf(page, target.name);
  const steps = (delta: number, key: string) => {
    const count = Math.round(Math.abs(delta) / 0.1);
    return [...Array<string>(Math.floor(count / 5)).fill(`Shift+${key}`), ...Array<string>(count % 5).fill(key)];
  };
  const dx = target.x - pose.x;
  const dz = target.z - pose.z;
  const turn = (((target.facing - pose.facing) % 360) + 360) % 360;
  const keys = [
    ...steps(dx, dx > 0 ? 'ArrowRight' : 'ArrowLeft'),
    ...steps(dz, dz > 0 ? 'ArrowDown' : 'ArrowUp'),
    ...Array<string>(Math.floor(turn / 45)).fill('Shift+BracketRight'),
    ...Array<string>(Math.round((turn % 45) / 15)).fill(']'),
  ];
  await figureEntry(page, target.name).focus();
  for (const key of keys) await page.keyboard.press(key);
}

/**
 * In the top view: drags a figure to its place with the mouse, then turns it with the keys.
 * Much quicker than stepping there by keys on a machine drawing with software WebGL.
 */
export async function placeByDrag(page: Page, target: Standing): Promise<void> {
  const canvas = page.locator('canvas');
  // Let go of the selection first: its turn handle could lie over the figure to be picked up.
  const corner = await topViewPoint(canvas, { x: 2.9, z: 2.9 });
  await page.mouse.click(corner.x, corner.y);
  const from = await topViewPoint(canvas, await poseOf(page, target.name));
  const to = await topViewPoint(canvas, target);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
  await placeByKeys(page, target);
}

export interface LabelBox {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The figure labels shown over the room, as the page lays them out. */
export function shownLabels(page: Page): Promise<LabelBox[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.figure-labels .figure-label')]
      .filter((label) => getComputedStyle(label).visibility === 'visible')
      .map((label) => {
        const rect = label.getBoundingClientRect();
        return { text: label.textContent ?? '', x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      }),
  );
}

/** Pairs of labels whose boxes cover each other, by their words. */
export function overlappingLabels(labels: readonly LabelBox[]): string[] {
  const found: string[] = [];
  for (const [index, a] of labels.entries()) {
    for (const b of labels.slice(index + 1)) {
      const apart = a.x + a.width <= b.x + 0.5 || b.x + b.width <= a.x + 0.5 || a.y + a.height <= b.y + 0.5 || b.y + b.height <= a.y + 0.5;
      if (!apart) found.push(`${a.text} / ${b.text}`);
    }
  }
  return found;
}
