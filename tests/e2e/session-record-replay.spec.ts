import type { Page } from '@playwright/test';
import { expect, figureEntry, type PoseReading, poseOf, startSession, test, waitForIdleRoom, waitUntilSaved } from './fixtures';
import { topViewPoint } from './projection';

const labels = ['Me', 'Intention', 'Eg', 'vil', 'sove', 'betre'];

async function allPoses(page: Page): Promise<Record<string, PoseReading>> {
  const poses: Record<string, PoseReading> = {};
  for (const label of labels) poses[label] = await poseOf(page, label);
  return poses;
}

const nextPhase = (page: Page) => page.getByRole('button', { name: 'Next phase' }).click();
const phases = (page: Page) => page.getByRole('list', { name: 'Phases' }).getByRole('listitem');
const timeSlider = (page: Page) => page.getByRole('slider', { name: 'Time' });
const sliderTime = async (page: Page) => Number(await timeSlider(page).inputValue());

test('a whole IoPT self-encounter is recorded, survives a reload, and replays faithfully', async ({ page }) => {
  test.setTimeout(120_000);
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
  await expect(phases(page)).toHaveCount(7);
  await expect(phases(page).nth(0)).toHaveAttribute('aria-current', 'step');

  // Phase 2: the client places figures, by dragging slowly and by keyboard.
  await nextPhase(page);
  await expect(phases(page).nth(1)).toHaveAttribute('aria-current', 'step');
  await page.getByRole('switch', { name: 'Top view' }).check();
  await waitForIdleRoom(page);
  const canvas = page.locator('canvas');
  const vilStart = await poseOf(page, 'vil');
  const from = await topViewPoint(canvas, vilStart);
  const to = await topViewPoint(canvas, { x: -0.8, z: -0.6 });
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 8; step += 1) {
    await page.mouse.move(from.x + ((to.x - from.x) * step) / 8, from.y + ((to.y - from.y) * step) / 8);
    await page.waitForTimeout(120);
  }
  await page.mouse.up();
  const vilEnd = await poseOf(page, 'vil');
  expect(vilEnd.x).toBeCloseTo(-0.8, 1);
  await page.getByRole('switch', { name: 'Top view' }).uncheck();
  await figureEntry(page, 'sove').focus();
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowUp');

  // Phase 3, wordless: betre turns away and sighs.
  await nextPhase(page);
  await figureEntry(page, 'betre').click();
  for (let i = 0; i < 4; i += 1) await page.keyboard.press(']');
  const expression = page.getByRole('region', { name: 'Mark an expression' });
  await expression.getByRole('radio', { name: 'Sound' }).check();
  await expression.getByRole('textbox', { name: 'What was expressed (optional)' }).fill('a sigh');
  await expression.getByRole('button', { name: 'Mark expression' }).click();
  await expect(expression.getByRole('status')).toHaveText('Marked: Sound by betre');

  // Phase 4, orientation: the picture as it stands now is what replay must show at phase 4.
  await nextPhase(page);
  const atOrientation = await allPoses(page);
  await page.getByRole('textbox', { name: 'Note for this phase' }).fill('The client watched quietly.');
  await page.getByRole('heading', { name: 'Figures' }).click();

  // Phase 5 and 6: sharing in the order the client sets, with what each said.
  await nextPhase(page);
  await nextPhase(page);
  const sharing = page.getByRole('region', { name: 'Sharing order' });
  await sharing.getByRole('button', { name: 'Move betre up' }).click();
  await sharing.getByRole('button', { name: 'Move betre up' }).click();
  await expect(sharing.getByRole('listitem').nth(2)).toContainText('betre');
  await sharing.getByRole('textbox', { name: 'What betre said' }).fill('I wanted to turn away.');
  await sharing.getByRole('textbox', { name: 'What Eg said' }).fill('I felt small.');
  await page.getByRole('heading', { name: 'Figures' }).click();

  // Phase 7: every figure is released from its role and leaves the room.
  await nextPhase(page);
  await expect(phases(page).nth(6)).toHaveAttribute('aria-current', 'step');
  const release = page.getByRole('region', { name: 'Release from the roles' });
  for (const label of ['Intention', 'Eg', 'vil', 'sove', 'betre']) await release.getByRole('button', { name: `Release ${label}` }).click();
  await expect(release.getByText('Every figure is released.')).toBeVisible();
  await expect(figureEntry(page, 'sove')).toHaveAccessibleDescription('released');

  await page.getByRole('button', { name: 'Finish session' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Finish session' }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await waitUntilSaved(page);

  // Weeks later: the library lists it as finished, and opening it starts in replay.
  await page.reload();
  await page.getByRole('button', { name: 'Sessions' }).click();
  await expect(page.getByRole('list', { name: 'Sessions on this device' })).toContainText('finished');
  await page.getByRole('button', { name: 'Open session with Kari' }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(page.getByText('Replay shows what happened.')).toBeVisible();

  // Jump to phase 4: every figure stands where it stood then.
  page.getByRole('list', { name: 'Phases' }).getByRole('button', { name: 'Orientation phase' }).click();
  await expect(phases(page).nth(3)).toHaveAttribute('aria-current', 'step');
  await expect.poll(() => allPoses(page)).toEqual(atOrientation);

  // Step through phase 2 to the samples of the drag, then scrub between two of them.
  page.getByRole('list', { name: 'Phases' }).getByRole('button', { name: 'The client chooses resonators' }).click();
  const samples: { t: number; pose: PoseReading }[] = [];
  let shownAt = await sliderTime(page);
  for (let i = 0; i < 20; i += 1) {
    await page.getByRole('button', { name: 'Next change' }).click();
    // The slider and the figure list change in one render: once the time moved, the poses did too.
    await expect.poll(() => sliderTime(page)).not.toBe(shownAt);
    shownAt = await sliderTime(page);
    const pose = await poseOf(page, 'vil');
    samples.push({ t: shownAt, pose });
    if (pose.x === vilEnd.x && pose.z === vilEnd.z) break;
  }
  // The first step lands where the drag began (the pose vil was picked up at); every later step
  // is a sample of the same movement, so any two neighbours far enough apart will do.
  const moving = samples.findIndex((sample, i) => i > 0 && sample.t - (samples[i - 1]?.t ?? 0) >= 20 && sample.pose.x !== samples[i - 1]?.pose.x);
  expect(moving, `samples stepped through: ${JSON.stringify(samples)}`).toBeGreaterThan(0);
  const before = samples[moving - 1]!;
  const after = samples[moving]!;
  const middle = Math.round((before.t + after.t) / 2);
  await timeSlider(page).fill(String(middle));
  await expect.poll(() => sliderTime(page)).toBe(middle);
  const between = await poseOf(page, 'vil');
  const lies = (value: number, a: number, b: number) => value >= Math.min(a, b) - 0.005 && value <= Math.max(a, b) + 0.005;
  expect(lies(between.x, before.pose.x, after.pose.x)).toBe(true);
  expect(lies(between.z, before.pose.z, after.pose.z)).toBe(true);
  expect(between).not.toEqual(before.pose);

  // The end: notes and statements in the order the client chose.
  await timeSlider(page).fill(String(await timeSlider(page).getAttribute('max')));
  const panel = page.getByRole('region', { name: 'Notes' });
  await expect(panel).toContainText('The client watched quietly.');
  await expect(panel.getByRole('listitem').filter({ hasText: 'I wanted to turn away.' })).toContainText('betre');
  await expect(panel.getByRole('listitem').filter({ hasText: 'I felt small.' })).toContainText('Eg');

  // Exit replay returns to the (finished, read-only) session.
  await page.getByRole('button', { name: 'Exit replay' }).click();
  await expect(page.getByRole('button', { name: 'Finish session' })).toHaveCount(0);
});

test('playing runs the playhead forward and stops at the end; an expression shows at its time', async ({ page }) => {
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
  await figureEntry(page, 'Eg').click();
  await page.getByRole('region', { name: 'Mark an expression' }).getByRole('button', { name: 'Mark expression' }).click();
  await page.waitForTimeout(600);
  await figureEntry(page, 'Eg').focus();
  await page.keyboard.press('ArrowUp');
  await page.getByRole('region', { name: 'Recording' }).getByRole('button', { name: 'Replay' }).click();
  await expect(timeSlider(page)).toHaveValue('0');
  const duration = Number(await timeSlider(page).getAttribute('max'));
  expect(duration).toBeGreaterThan(500);
  await page.getByLabel('Speed').selectOption('0.5');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notes' }).getByRole('listitem')).toContainText('Eg: Movement');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible({ timeout: 15_000 });
  expect(await sliderTime(page)).toBe(duration);
  expect((await poseOf(page, 'Eg')).z).toBeCloseTo(1.55, 5);
});

test('pause stops the session clock, arousal marks show as a band in replay, and phases can be skipped and revisited', async ({ page }) => {
  await startSession(page, { client: 'Bo', intention: 'Ich will besser schlafen', template: 'RTT session' });
  await expect(phases(page)).toHaveCount(5);
  page.getByRole('list', { name: 'Phases' }).getByRole('button', { name: 'Exploration' }).click();
  await expect(phases(page).nth(2)).toHaveAttribute('aria-current', 'step');
  await page.getByRole('button', { name: 'Previous phase' }).click();
  await expect(phases(page).nth(1)).toHaveAttribute('aria-current', 'step');

  const arousal = page.getByRole('region', { name: 'Arousal' });
  await arousal.getByRole('button', { name: 'Hyper' }).click();
  await expect(arousal.getByRole('status')).toHaveText('Last mark: Hyper');
  await arousal.getByRole('slider', { name: 'Value from 0 to 10' }).fill('4');
  await arousal.getByRole('button', { name: 'Mark value' }).click();
  await expect(arousal.getByRole('status')).toHaveText('Last mark: 4 of 10');

  const recording = page.getByRole('region', { name: 'Recording' });
  await recording.getByRole('button', { name: 'Pause recording' }).click();
  const pausedText = await recording.locator('.recording-status').innerText();
  expect(pausedText).toMatch(/^Paused at \d+:\d\d$/);
  await page.waitForTimeout(2200);
  await expect(recording.locator('.recording-status')).toHaveText(pausedText);
  await recording.getByRole('button', { name: 'Resume recording' }).click();
  await expect(recording.locator('.recording-status')).toContainText('Recording:');
  await waitUntilSaved(page);

  await recording.getByRole('button', { name: 'Replay' }).click();
  const band = page.getByRole('img', { name: 'Arousal over the session' });
  await expect(band.locator('rect')).toHaveCount(3);
  // The phases entered, in order, can be jumped to; a skipped phase cannot.
  await expect(page.getByRole('list', { name: 'Phases' }).getByRole('button', { name: 'Exploration' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Phases' }).getByRole('button', { name: 'Integration' })).toHaveCount(0);
});
