import { expect, figureEntry, poseOf, startSession, test, waitForIdleRoom } from './fixtures';
import { topViewPoint } from './projection';
import { expectSamePose, hostPanel, inviteClient, openClient, RELAY, SECOND_RELAY, stepFigure } from './remote';

// The live room goes through the relay on loopback, and only there (fixtures.ts fails any other host).
test.use({ allowedOrigins: [RELAY], permissions: ['clipboard-read', 'clipboard-write'] });

const CLIENT = 'Kari Nordmann';
const INTENTION = 'Eg vil sove betre';
const NOTE = 'Tung pust ved vindauget';

test('a live room: invite, admit, moves both ways, who may move what, a drop, and traffic that reads as nothing', async ({ page, browser, baseURL }) => {
  const hostFrames: Buffer[] = [];
  page.on('websocket', (socket) => {
    socket.on('framesent', ({ payload }) => hostFrames.push(Buffer.from(payload)));
    socket.on('framereceived', ({ payload }) => hostFrames.push(Buffer.from(payload)));
  });
  await startSession(page, { client: CLIENT, intention: INTENTION });
  await page.getByRole('textbox', { name: 'Note for this phase' }).fill(NOTE);

  const link = await inviteClient(page, 'Anna');
  await page.getByRole('dialog', { name: 'Live room' }).getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('dialog', { name: 'Live room' }).getByRole('status')).toHaveText('The link is copied.');
  await page.screenshot({ path: test.info().outputPath('invite.png') });
  await page.getByRole('button', { name: 'Close' }).click();

  const client = await openClient(browser, baseURL);
  const guest = client.page;
  await guest.goto(link);
  await guest.getByRole('textbox', { name: 'Your name (you may leave it empty)' }).fill('Kari');
  await guest.getByRole('button', { name: 'Let the therapist know I am here' }).click();
  await expect(guest.getByText('Anna has invited you to a live room.')).toBeVisible();
  await expect(guest.getByText('Please wait a moment until you are let in.')).toBeVisible();
  await guest.screenshot({ path: test.info().outputPath('guest-waiting.png') });
  // The client's page keeps nothing on the device.
  expect(await guest.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);

  const waiting = hostPanel(page).getByRole('group', { name: 'Kari is waiting' });
  await waiting.getByRole('button', { name: 'Admit' }).click();
  await expect(hostPanel(page)).toContainText('Kari is in the room.');
  await expect(guest.getByRole('heading', { name: 'Live room with Anna' })).toBeVisible();
  await expect(guest.getByText(NOTE)).toHaveCount(0);

  // A move on each side shows on the other.
  await stepFigure(page, 'Me', 'ArrowRight');
  await expectSamePose(page, guest, 'Me');
  const placed = await poseOf(guest, 'Intention');
  await stepFigure(guest, 'Intention', 'ArrowLeft');
  const moved = await expectSamePose(guest, page, 'Intention');
  expect(moved.x).toBeCloseTo(placed.x - 0.1);
  await page.screenshot({ path: test.info().outputPath('host-live.png') });
  await guest.screenshot({ path: test.info().outputPath('guest-live.png') });

  // While the client drags a figure, the therapist's screen says who moves it.
  await guest.getByRole('switch', { name: 'Top view' }).check();
  await waitForIdleRoom(guest);
  const board = guest.locator('canvas');
  const start = await poseOf(guest, 'Me');
  const from = await topViewPoint(board, start);
  const to = await topViewPoint(board, { x: start.x + 0.4, z: start.z - 0.4 });
  await guest.mouse.move(from.x, from.y);
  await guest.mouse.down();
  await guest.mouse.move(to.x, to.y, { steps: 8 });
  await expect(page.locator('.figure-label', { hasText: 'Client moves' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('host-sees-client-move.png') });
  await guest.mouse.up();
  await expect(page.locator('.remote-move-mark')).toHaveCount(0);
  await expectSamePose(guest, page, 'Me');
  await guest.getByRole('switch', { name: 'Top view' }).uncheck();

  // Watch only: the client's keys move nothing.
  await hostPanel(page).getByRole('radio', { name: 'Watch only' }).check();
  await expect(guest.getByText('For now you watch. Your therapist moves the figures.')).toBeVisible();
  await stepFigure(guest, 'Intention', 'ArrowLeft');
  // A move of the therapist's after it has crossed, so a refused key would have crossed too.
  await stepFigure(page, 'Me', 'ArrowRight');
  await expectSamePose(page, guest, 'Me');
  expect(await poseOf(guest, 'Intention')).toEqual(moved);
  expect(await poseOf(page, 'Intention')).toEqual(moved);

  // One figure handed over: that one moves, the others do not.
  await hostPanel(page).getByRole('radio', { name: 'Only figures I hand over' }).check();
  await hostPanel(page).getByRole('group', { name: 'Figures handed over' }).getByRole('checkbox', { name: 'Me' }).check();
  await expect(guest.getByText('You may move the figures your therapist hands to you.')).toBeVisible();
  await stepFigure(guest, 'Intention', 'ArrowLeft');
  await stepFigure(guest, 'Me', 'ArrowUp');
  await expectSamePose(guest, page, 'Me');
  expect(await poseOf(page, 'Intention')).toEqual(moved);
  expect(await poseOf(guest, 'Intention')).toEqual(moved);
  await hostPanel(page).getByRole('radio', { name: 'Everything' }).check();
  await expect(guest.getByText('You may move every figure.')).toBeVisible();

  // The link drops: both sides say so calmly, the therapist goes on, and it all comes back.
  await client.cut();
  await expect(guest.getByText('The connection dropped. It comes back by itself; please wait.')).toBeVisible();
  await expect(hostPanel(page)).toContainText('They come back by themselves, without a new link.');
  await stepFigure(page, 'Intention', 'ArrowDown');
  client.reconnect();
  await expect(guest.getByText('The connection dropped. It comes back by itself; please wait.')).toHaveCount(0, { timeout: 20_000 });
  await expectSamePose(page, guest, 'Intention');
  await stepFigure(guest, 'Me', 'ArrowLeft');
  await expectSamePose(guest, page, 'Me');

  // Nothing that names the client, the intention, a figure or a note crosses the relay readably.
  const frames = [...hostFrames, ...client.traffic.frames];
  expect(frames.length).toBeGreaterThan(10);
  for (const frame of frames) {
    const text = `${frame.toString('utf8')}\n${frame.toString('latin1')}`;
    for (const secret of ['Kari', 'Nordmann', 'sove', 'betre', 'Intention', 'Tung pust', 'Anna']) expect(text).not.toContain(secret);
  }

  await client.close();
});

test('the same room through two relays sharing Redis, the therapist on one and the client on the other; a frame changed on the way is refused', async ({
  page,
  browser,
  baseURL,
}) => {
  await startSession(page, { client: CLIENT, intention: INTENTION });
  const link = await inviteClient(page, 'Anna');
  await page.getByRole('button', { name: 'Close' }).click();
  const client = await openClient(browser, baseURL, { upstream: SECOND_RELAY });
  await client.page.goto(link);
  await client.page.getByRole('button', { name: 'Let the therapist know I am here' }).click();
  await hostPanel(page).getByRole('group', { name: 'Client is waiting' }).getByRole('button', { name: 'Admit' }).click();
  await stepFigure(client.page, 'Intention', 'ArrowLeft');
  await expectSamePose(client.page, page, 'Intention');
  await stepFigure(page, 'Me', 'ArrowRight');
  await expectSamePose(page, client.page, 'Me');

  // Frames changed on the way are refused and counted: the therapist's room keeps its pose.
  // The next, untouched frame from the same socket arrives after them, so once it shows, they were judged.
  const before = await poseOf(page, 'Intention');
  client.state.tampering = true;
  await stepFigure(client.page, 'Intention', 'ArrowRight');
  await expect(hostPanel(page)).toContainText(/changed or repeated on the way: [1-9]/);
  client.state.tampering = false;
  expect(client.state.tampered).toBeGreaterThan(0);
  await stepFigure(client.page, 'Me', 'ArrowDown');
  await expectSamePose(client.page, page, 'Me');
  expect(await poseOf(page, 'Intention')).toEqual(before);
  await expectSamePose(page, client.page, 'Intention');

  await client.close();
});

// The end frame goes before the acknowledged leave, so the client hears it even right after refused frames.
test('ending the room tells the client at once, even after refused frames', async ({ page, browser, baseURL }) => {
  await startSession(page, { client: CLIENT, intention: INTENTION });
  const link = await inviteClient(page, 'Anna');
  await page.getByRole('button', { name: 'Close' }).click();
  const client = await openClient(browser, baseURL);
  await client.page.goto(link);
  await client.page.getByRole('button', { name: 'Let the therapist know I am here' }).click();
  await hostPanel(page).getByRole('group', { name: 'Client is waiting' }).getByRole('button', { name: 'Admit' }).click();
  client.state.tampering = true;
  await stepFigure(client.page, 'Intention', 'ArrowRight');
  await expect(hostPanel(page)).toContainText(/changed or repeated on the way: [1-9]/);
  client.state.tampering = false;
  await hostPanel(page).getByRole('button', { name: 'End remote room' }).click();
  await expect(client.page.getByText('The therapist has ended the room. You may close this page.')).toBeVisible();
  await expect(figureEntry(client.page, 'Me')).toHaveCount(0);
  await client.close();
});

test('supervision at a distance: the therapist presents a replay, the supervisor follows its playhead and sees only neutral names', async ({
  page,
  browser,
  baseURL,
}) => {
  await startSession(page, { client: CLIENT, intention: INTENTION });
  await page.getByRole('textbox', { name: 'Note for this phase' }).fill(NOTE);
  await stepFigure(page, 'Me', 'ArrowRight');
  // Two phases a moment apart, so a seek to the second shows another phase and another time.
  await page.waitForTimeout(1100);
  await page.getByRole('button', { name: 'Next phase' }).click();
  await stepFigure(page, 'sove', 'ArrowLeft');
  await page.getByRole('region', { name: 'Recording' }).getByRole('button', { name: 'Replay' }).click();

  await page.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByRole('button', { name: 'Present to a supervisor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Present to a supervisor' });
  await dialog.getByRole('textbox', { name: 'Your name, as your supervisor will see it' }).fill('Anna');
  await dialog.getByRole('button', { name: 'Start presenting' }).click();
  const link = await dialog.getByRole('textbox', { name: 'Link for your supervisor' }).inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();

  const supervisor = await openClient(browser, baseURL);
  const guest = supervisor.page;
  await guest.goto(link);
  await guest.getByRole('button', { name: 'Let the therapist know I am here' }).click();
  const panel = page.getByRole('region', { name: 'Present to a supervisor' });
  await panel.getByRole('group', { name: 'Your supervisor is waiting' }).getByRole('button', { name: 'Admit' }).click();
  await expect(panel).toContainText('Your supervisor is watching.');

  await expect(guest.getByRole('heading', { name: 'Replay shown by Anna' })).toBeVisible();
  await expect(guest.getByText('Phase 1 of 7: The client sets the intention')).toBeVisible();
  // Neutral names stand where the client's words were; no note, no pseudonym.
  await expect(figureEntry(guest, 'Element 1')).toBeVisible();
  await expect(figureEntry(guest, 'Me')).toBeVisible();
  for (const secret of ['sove', 'betre', 'Kari', NOTE]) await expect(guest.getByText(secret)).toHaveCount(0);

  // The therapist jumps to the second phase: the supervisor's phase and time follow.
  await page.getByRole('combobox', { name: 'Phase at this moment' }).selectOption({ index: 1 });
  const therapistTime = await page.locator('.time-text').innerText();
  await expect(guest.getByText('Phase 2 of 7: The client chooses resonators')).toBeVisible();
  await expect(guest.getByText(therapistTime)).toBeVisible();
  await expectSamePose(page, guest, 'Me');
  await page.screenshot({ path: test.info().outputPath('host-presenting.png') });
  await guest.screenshot({ path: test.info().outputPath('supervisor-replay.png') });

  await panel.getByRole('button', { name: 'Stop presenting' }).click();
  await expect(guest.getByText('The presentation has ended. You may close this page.')).toBeVisible();
  await guest.screenshot({ path: test.info().outputPath('supervisor-ended.png') });
  await expect(page.getByText('The presentation has ended. Your supervisor no longer sees the replay.')).toBeVisible();
  for (const frame of supervisor.traffic.frames) {
    const text = `${frame.toString('utf8')}\n${frame.toString('latin1')}`;
    for (const secret of ['Kari', 'sove', 'betre', 'Tung pust', 'Element']) expect(text).not.toContain(secret);
  }
  await supervisor.close();
});
