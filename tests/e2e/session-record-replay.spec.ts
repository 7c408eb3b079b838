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
/** In replay, the phase at the playhead, which also jumps to the start of another phase. */
const phaseShown = (page: Page) => page.getByRole('combobox', { name: 'Phase at this moment' });
/** Speed, trails and comparison are behind "More" in the header. */
async function chooseSpeed(page: Page, speed: string): Promise<void> {
  await page.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByLabel('Speed').selectOption(speed);
  await page.keyboard.press('Escape');
}
const marksList = (page: Page) => page.getByRole('list', { name: 'Everything recorded' });
/** Whole seconds of a clock text like 2:08 or 1:02:09. */
const clockSeconds = (text: string) => text.split(':').reduce((total, part) => total * 60 + Number(part), 0);

/** Drags a figure slowly across the top view, as a hand would, to a floor point. */
async function dragInTopView(page: Page, label: string, to: { x: number; z: number }): Promise<void> {
  await page.getByRole('switch', { name: 'Top view' }).check();
  await waitForIdleRoom(page);
  const canvas = page.locator('canvas');
  const from = await topViewPoint(canvas, await poseOf(page, label));
  const target = await topViewPoint(canvas, to);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 8; step += 1) {
    await page.mouse.move(from.x + ((target.x - from.x) * step) / 8, from.y + ((target.y - from.y) * step) / 8);
    await page.waitForTimeout(120);
  }
  await page.mouse.up();
  await page.getByRole('switch', { name: 'Top view' }).uncheck();
}

test('a whole IoPT self-encounter is recorded, survives a reload, and replays faithfully', async ({ page }) => {
  test.setTimeout(120_000);
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
  await expect(phases(page)).toHaveCount(7);
  await expect(phases(page).nth(0)).toHaveAttribute('aria-current', 'step');

  // Phase 2: the client places figures, by dragging slowly and by keyboard.
  await nextPhase(page);
  await expect(phases(page).nth(1)).toHaveAttribute('aria-current', 'step');
  const vilStart = await poseOf(page, 'vil');
  await dragInTopView(page, 'vil', { x: -0.8, z: -0.6 });
  const vilEnd = await poseOf(page, 'vil');
  expect(vilEnd.x).toBeCloseTo(-0.8, 1);
  await figureEntry(page, 'sove').focus();
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowUp');

  // Phase 3, wordless: betre turns away, kneels and sighs.
  await nextPhase(page);
  await figureEntry(page, 'betre').click();
  for (let i = 0; i < 4; i += 1) await page.keyboard.press(']');
  await page.getByRole('group', { name: 'Posture' }).getByRole('radio', { name: 'Kneeling' }).check();
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

  // Phase 7: the client releases every figure from its role, in an order of the client's own.
  await nextPhase(page);
  await expect(phases(page).nth(6)).toHaveAttribute('aria-current', 'step');
  const release = page.getByRole('region', { name: 'Release from the roles' });
  const releaseOrder = ['betre', 'vil', 'Intention', 'sove', 'Eg'];
  for (const label of releaseOrder) await release.getByRole('button', { name: `Release ${label}` }).click();
  await expect(release.getByText('Every figure is released.')).toBeVisible();
  await expect(release.getByRole('list', { name: 'Released, in the order the client chose' }).getByRole('listitem')).toHaveText(
    releaseOrder.map((label) => `${label} is released`),
  );
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
  await phaseShown(page).selectOption({ label: '4. Orientation phase' });
  await expect(phaseShown(page)).toHaveValue('3');
  await expect.poll(() => allPoses(page)).toEqual(atOrientation);

  // Step through phase 2: the drag is one change, from where vil was picked up to where it was
  // put down, not one step per sample (20 a second, which made "next change" seem stuck).
  await phaseShown(page).selectOption({ label: '2. The client chooses resonators' });
  await expect(phaseShown(page)).toHaveValue('1');
  const steps: { t: number; pose: PoseReading }[] = [];
  let shownAt = await sliderTime(page);
  for (let i = 0; i < 5; i += 1) {
    await page.getByRole('button', { name: 'Next change' }).click();
    await expect.poll(() => sliderTime(page)).toBeGreaterThan(shownAt);
    shownAt = await sliderTime(page);
    const pose = await poseOf(page, 'vil');
    steps.push({ t: shownAt, pose });
    if (pose.x === vilEnd.x && pose.z === vilEnd.z) break;
  }
  expect(steps, `steps: ${JSON.stringify(steps)}`).toHaveLength(2);
  const [pickedUp, putDown] = steps as [(typeof steps)[0], (typeof steps)[0]];
  const lies = (value: number, a: number, b: number) => value >= Math.min(a, b) - 0.005 && value <= Math.max(a, b) + 0.005;
  const onPath = (pose: PoseReading, from: PoseReading, to: PoseReading) => lies(pose.x, from.x, to.x) && lies(pose.z, from.z, to.z);
  // Picked up where it stood; the first sample of the drag has the same moment, so it may show already.
  expect(onPath(pickedUp.pose, vilStart, vilEnd)).toBe(true);
  expect(putDown.t - pickedUp.t).toBeGreaterThan(500);
  // Between the two the figure glides along the path it was dragged.
  const middle = Math.round((pickedUp.t + putDown.t) / 2);
  await timeSlider(page).fill(String(middle));
  await expect.poll(() => sliderTime(page)).toBe(middle);
  const between = await poseOf(page, 'vil');
  expect(onPath(between, pickedUp.pose, vilEnd)).toBe(true);
  expect(between).not.toEqual(pickedUp.pose);
  expect(between).not.toEqual(vilEnd);

  // Everything recorded is listed beside the room and stays listed: the sigh of the wordless
  // phase is found at the end and seeks back to its moment, where betre kneels.
  await timeSlider(page).fill(String(await timeSlider(page).getAttribute('max')));
  const sigh = marksList(page).getByRole('button', { name: /betre: Sound, “a sigh”/ });
  await expect(sigh).toBeVisible();
  await expect(marksList(page).getByRole('button', { name: /Kneeling/ })).toContainText('betre, posture: Kneeling');
  await expect(marksList(page).getByRole('button', { name: /was released from the role/ })).toHaveText(
    releaseOrder.map((label) => new RegExp(`${label} was released from the role`)),
  );
  await sigh.click();
  await expect(phaseShown(page)).toHaveValue('2');
  await expect(sigh).toHaveAttribute('aria-current', 'true');
  const sighSeconds = clockSeconds(await sigh.locator('.mark-time').innerText());
  expect(Math.floor((await sliderTime(page)) / 1000)).toBe(sighSeconds);
  await expect(figureEntry(page, 'betre')).toHaveAccessibleDescription(/^Kneeling, x /);
  // Replay only shows: choosing a figure in the list leaves nothing chosen.
  await figureEntry(page, 'betre').click();
  await expect(figureEntry(page, 'betre')).not.toHaveAttribute('aria-current', 'true');

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
  const placed = await poseOf(page, 'Eg');
  await page.keyboard.press('ArrowUp');
  await page.getByRole('region', { name: 'Recording' }).getByRole('button', { name: 'Replay' }).click();
  await expect(timeSlider(page)).toHaveValue('0');
  const duration = Number(await timeSlider(page).getAttribute('max'));
  expect(duration).toBeGreaterThan(500);
  await chooseSpeed(page, '0.5');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  // The expression is in the list from the start; the playhead passes it, and it stays.
  const expression = marksList(page).getByRole('button', { name: /Eg: Movement/ });
  await expect(expression).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible({ timeout: 15_000 });
  expect(await sliderTime(page)).toBe(duration);
  await expect(expression).toHaveAttribute('aria-current', 'true');
  expect((await poseOf(page, 'Eg')).z).toBeCloseTo(placed.z - 0.1, 5);
});

test('arousal is marked on one labelled scale; pauses show over the room and as gaps in the band; the keys scrub by seconds and by change', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await startSession(page, { client: 'Bo', intention: 'Ich will besser schlafen', template: 'RTT session' });
  await expect(phases(page)).toHaveCount(5);
  page.getByRole('list', { name: 'Phases' }).getByRole('button', { name: 'Exploration' }).click();
  await expect(phases(page).nth(2)).toHaveAttribute('aria-current', 'step');
  await page.getByRole('button', { name: 'Previous phase' }).click();
  await expect(phases(page).nth(1)).toHaveAttribute('aria-current', 'step');

  // One scale from hypo to hyper: a tap marks, the keyboard moves along it and marks with Enter.
  const arousal = page.getByRole('region', { name: 'Arousal' });
  const scale = arousal.getByRole('group', { name: 'Arousal now, from 0 (hypoarousal) to 10 (hyperarousal)' });
  await expect(scale.getByRole('button')).toHaveCount(11);
  await scale.getByRole('button', { name: 'Mark 8 of 10 (Hyperarousal)' }).click();
  await expect(arousal.getByRole('status')).toHaveText('Last mark: 8 of 10 (Hyperarousal)');
  await expect(scale.getByRole('button', { name: 'Mark 8 of 10 (Hyperarousal)' })).toHaveAttribute('aria-pressed', 'true');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowLeft');
  await expect(scale.getByRole('button', { name: 'Mark 4 of 10 (Window of tolerance)' })).toBeFocused();
  await expect(arousal.getByRole('status')).toHaveText('Last mark: 8 of 10 (Hyperarousal)');
  await page.keyboard.press('Enter');
  await expect(arousal.getByRole('status')).toHaveText('Last mark: 4 of 10 (Window of tolerance)');

  // Moves: a slow drag and a few keyboard steps, between the marks.
  await dragInTopView(page, 'Me', { x: 0.9, z: 0.4 });
  await figureEntry(page, 'Me').focus();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowUp');

  const recording = page.getByRole('region', { name: 'Recording' });
  await recording.getByRole('button', { name: 'Pause recording' }).click();
  const pausedText = await recording.locator('.recording-status').innerText();
  expect(pausedText).toMatch(/^Paused at \d+:\d\d$/);
  // Paused is said over the room, where client and therapist look.
  await expect(page.locator('.room-canvas').getByText('Recording paused')).toBeVisible();
  await page.waitForTimeout(2200);
  await expect(recording.locator('.recording-status')).toHaveText(pausedText);
  await recording.getByRole('button', { name: 'Resume recording' }).click();
  await expect(recording.locator('.recording-status')).toContainText('Recording:');
  await expect(page.locator('.room-canvas').getByText('Recording paused')).toHaveCount(0);
  // The last mark ends the recording. It waits for the session clock on the page (which stands
  // still in the break) to pass 12 s, so the slider's keys below have room for a 10 s step on
  // a fast machine as on a slow one.
  const sessionSeconds = async () => clockSeconds((await recording.locator('.recording-status').innerText()).replace(/^\D+/, ''));
  await expect.poll(sessionSeconds, { timeout: 20_000 }).toBeGreaterThanOrEqual(12);
  await scale.getByRole('button', { name: 'Mark 2 of 10 (Hypoarousal)' }).click();
  await waitUntilSaved(page);

  await recording.getByRole('button', { name: 'Replay' }).click();
  const band = page.getByRole('img', { name: 'Arousal over the session' });
  // Three marks, the second cut by the break: four stretches and one gap.
  await expect(band.locator('rect.arousal-stretch')).toHaveCount(4);
  await expect(band.locator('rect.arousal-gap')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'What the colours of the band mean' }).getByRole('listitem')).toHaveText([
    'Hypoarousal · collapse',
    'Window of tolerance',
    'Hyperarousal · fight or flight',
    'Gap: a break',
    'Empty: not marked',
  ]);
  await expect(marksList(page).getByRole('button')).toContainText([
    'Arousal: 8 of 10 (Hyperarousal)',
    'Arousal: 4 of 10 (Window of tolerance)',
    'Break in the recording',
    'Arousal: 2 of 10 (Hypoarousal)',
  ]);
  await expect(page.locator('.room-canvas').getByText(/^Replay · 0:00$/)).toBeVisible();
  // The phases entered, in order, can be jumped to; a skipped phase cannot.
  await expect(phaseShown(page).getByRole('option')).toHaveText(['1. Check-in', '2. Regulation', '3. Exploration']);

  // "Next change" always moves on and reaches the end in a few steps: the drag is one change.
  const duration = Number(await timeSlider(page).getAttribute('max'));
  expect(duration).toBeGreaterThanOrEqual(12_000);
  const visited: number[] = [];
  for (let shown = 0; shown < duration && visited.length < 20;) {
    await page.getByRole('button', { name: 'Next change' }).click();
    await expect.poll(() => sliderTime(page)).toBeGreaterThan(shown);
    shown = await sliderTime(page);
    visited.push(shown);
  }
  expect(visited[visited.length - 1]).toBe(duration);
  // Phases, marks, pick-up and put-down, three steps, pause and resume, the last mark: not one per sample.
  expect(visited.length).toBeLessThan(15);

  // The time slider's keys: a second, ten with Shift, the changes with Page keys, the ends with Home and End.
  const slider = timeSlider(page);
  await slider.focus();
  await page.keyboard.press('Home');
  await expect.poll(() => sliderTime(page)).toBe(0);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => sliderTime(page)).toBe(1_000);
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => sliderTime(page)).toBe(11_000);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => sliderTime(page)).toBe(10_000);
  await page.keyboard.press('Home');
  await expect.poll(() => sliderTime(page)).toBe(0);
  await page.keyboard.press('PageDown');
  await expect.poll(() => sliderTime(page)).toBe(visited[0]);
  await page.keyboard.press('PageDown');
  await expect.poll(() => sliderTime(page)).toBe(visited[1]);
  await page.keyboard.press('PageUp');
  await expect.poll(() => sliderTime(page)).toBe(visited[0]);
  await page.keyboard.press('End');
  await expect.poll(() => sliderTime(page)).toBe(duration);
});
