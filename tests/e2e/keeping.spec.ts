import { counterIds, type FigureId } from '../../src/domain/model/ids';
import { createPose } from '../../src/domain/model/pose';
import { createSession } from '../../src/domain/model/session';
import { epochMillis, millis } from '../../src/domain/model/units';
import type { RecordedEvent } from '../../src/domain/recording/events';
import { summarise } from '../../src/persistence/sessionRepository';
import { expect, figureEntry, poseOf, startSession, test, waitForIdleRoom, waitUntilSaved } from './fixtures';
import { topViewPoint } from './projection';

test('the session and every pose survive a reload and a new browser window', async ({ page, context }) => {
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
  await figureEntry(page, 'sove').focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press(']');
  await page.getByRole('switch', { name: 'Top view' }).check();
  await waitForIdleRoom(page);
  const canvas = page.locator('canvas');
  const betre = await poseOf(page, 'betre');
  const from = await topViewPoint(canvas, betre);
  const to = await topViewPoint(canvas, { x: 0.6, z: -1.1 });
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  await waitUntilSaved(page);
  const before = { sove: await poseOf(page, 'sove'), betre: await poseOf(page, 'betre') };
  expect(before.sove.facing).toBe(15);

  await page.reload();
  await expect(figureEntry(page, 'betre')).toBeVisible();
  expect(await poseOf(page, 'sove')).toEqual(before.sove);
  expect(await poseOf(page, 'betre')).toEqual(before.betre);

  // A second window of the same browser finds it in the library.
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByText('Kari')).toBeVisible();
  await second.getByRole('button', { name: 'Open session with Kari' }).click();
  await expect(second.getByRole('list', { name: 'Figures' }).getByRole('button', { name: 'betre', exact: true })).toBeVisible();
  await second.close();
});

test('the library lists sessions newest first and deletes one only after asking', async ({ page }) => {
  await startSession(page, { client: 'Anna', intention: 'Jeg vil tåle nærhet' });
  await page.getByRole('button', { name: 'Sessions' }).click();
  await startSession(page, { client: 'Bo', intention: 'Ich will besser schlafen' });
  await page.getByRole('button', { name: 'Sessions' }).click();

  const list = page.getByRole('list', { name: 'Sessions on this device' });
  // Newest first; the demo, made long ago, comes last.
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByRole('listitem').nth(2)).toContainText('Demo client');
  await expect(list.getByRole('listitem').first()).toContainText('Bo');
  await expect(list.getByRole('listitem').first()).toContainText('Ich will besser schlafen');
  await expect(list.getByRole('listitem').nth(1)).toContainText('Anna');
  await expect(list.getByRole('listitem').nth(1)).toContainText('Jeg vil tåle nærhet');
  // Each shows its date.
  await expect(list.getByRole('listitem').first()).toContainText(String(new Date().getFullYear()));

  await page.getByRole('button', { name: 'Delete session with Anna' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this session?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(3);

  await page.getByRole('button', { name: 'Delete session with Anna' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete session' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Sessions on this device' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('list', { name: 'Sessions on this device' }).getByText('Anna')).toHaveCount(0);
});

test('a session that is not on this device says so', async ({ page }) => {
  await page.goto('/#/session/no-such-session');
  await expect(page.getByRole('alert')).toHaveText('This session is not on this device.');
  await page.getByRole('button', { name: 'Sessions' }).click();
  await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
});

test('a session kept by database version 2, as plain events, opens whole and is kept as columns from then on', async ({ page }) => {
  const made = createSession(
    { clientPseudonym: 'Berit', intention: 'Jeg vil sove', template: 'iopt', elements: ['sove'] },
    { client: 'Meg', intention: 'Intensjon' },
    { ids: counterIds('old'), now: () => epochMillis(1_795_000_000_000) },
  );
  const me = made.room.order[0] as FigureId;
  const events = Array.from({ length: 40 }, (_, i): RecordedEvent => {
    return { type: 'pose', t: millis(i * 50), figureId: me, pose: createPose(i / 40, -i / 80, i * 3), joined: i > 0 };
  });
  const last = events.at(-1) as Extract<RecordedEvent, { type: 'pose' }>;
  const room = { ...made.room, figures: { ...made.room.figures, [me]: { ...made.room.figures[me], pose: last.pose } } };
  const session = { ...made, room, recording: { ...made.recording, events } };
  const stored = {
    id: made.info.id,
    version: 2,
    session: { info: made.info, room, recording: { initialRoom: made.room } },
    updatedAt: 1_795_000_100_000,
    eventCount: 40,
    formatVersion: 2,
  };
  const summary = summarise(session, epochMillis(stored.updatedAt));

  // A page of the app's origin without the app, to lay down the database an older Resonans left.
  await page.route('**/seed-old-database', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }));
  await page.goto('/seed-old-database');
  await page.evaluate(
    ({ stored, summary, events }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('resonans', 2);
        request.onupgradeneeded = () => {
          for (const name of ['sessions', 'summaries']) request.result.createObjectStore(name, { keyPath: 'id' });
          request.result.createObjectStore('events', { keyPath: ['sessionId', 'from'] });
        };
        request.onsuccess = () => {
          const tx = request.result.transaction(['sessions', 'summaries', 'events'], 'readwrite');
          tx.objectStore('sessions').put(stored);
          tx.objectStore('summaries').put(summary);
          tx.objectStore('events').put({ sessionId: stored.id, from: 0, events: events.slice(0, 25) });
          tx.objectStore('events').put({ sessionId: stored.id, from: 25, events: events.slice(25) });
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      }),
    { stored, summary, events },
  );

  await page.goto('/');
  await page.getByRole('button', { name: 'Open session with Berit' }).click();
  await expect(figureEntry(page, 'Meg')).toBeVisible();
  const shown = await poseOf(page, 'Meg');
  expect([shown.x, shown.z, shown.facing]).toEqual([expect.closeTo(0.975, 1), expect.closeTo(-0.4875, 1), 117]);
  await expect(page.getByText('recorded events are kept', { exact: false })).toHaveCount(0);
  const chunks = await page.evaluate(
    (id) =>
      new Promise<{ encoding: unknown; length: unknown }[]>((resolve, reject) => {
        const request = indexedDB.open('resonans');
        request.onsuccess = () => {
          const all = request.result.transaction('events').objectStore('events').getAll();
          all.onsuccess = () => {
            request.result.close();
            resolve(all.result.filter((chunk) => chunk.sessionId === id).map((chunk) => ({ encoding: chunk.events.encoding, length: chunk.events.length })));
          };
          all.onerror = () => reject(all.error);
        };
      }),
    stored.id,
  );
  expect(chunks).toEqual([
    { encoding: 'columns-1', length: 25 },
    { encoding: 'columns-1', length: 15 },
  ]);
});
