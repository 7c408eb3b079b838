import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { expect, figureEntry, figureList, startSession, test, waitUntilSaved } from './fixtures';

// The service worker would answer the room's chunk from its cache; here the network must decide.
test.use({ serviceWorkers: 'block' });

test('when the room cannot load, the panels stay and the session can be exported or the page reloaded', async ({ page }) => {
  await page.route('**/assets/RoomCanvas-*.js', (route) => route.abort('failed'));
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });

  const failure = page.getByRole('alert').filter({ hasText: 'The room cannot be shown' });
  await expect(failure).toBeVisible();
  await expect(failure).toContainText('Details:');
  await expect(page.locator('canvas')).toHaveCount(0);

  // The figure list beside the room still moves figures, and the session is still saved.
  await figureEntry(page, 'sove').focus();
  await page.keyboard.press(']');
  await waitUntilSaved(page);
  await expect(figureList(page)).toBeVisible();

  const downloading = page.waitForEvent('download');
  await failure.getByRole('button', { name: 'Export this session' }).click();
  const bytes = await readFile(await (await downloading).path());
  // Session files are gzip-compressed JSON (older builds wrote plain JSON).
  const file = JSON.parse((bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8'));
  expect(file.session.info.clientPseudonym).toBe('Kari');
  const sove = Object.values(file.session.room.figures as Record<string, { label: string; pose: { facing: number } }>).find(
    (figure) => figure.label === 'sove',
  );
  expect(sove?.pose.facing).toBe(15);

  // Reload asks the network again; once the room can load, it is back.
  await page.unroute('**/assets/RoomCanvas-*.js');
  await failure.getByRole('button', { name: 'Reload' }).click();
  await expect(page.locator('canvas')).toBeVisible();
  await expect(failure).toHaveCount(0);
});

test('when the browser refuses WebGL, the room falls back to the 2D board, says why calmly, and the session stays usable', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function refusingWebGl(this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
      if (kind.startsWith('webgl')) return null;
      return (original as (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
    } as typeof original;
  });
  await startSession(page, { client: 'Kari', intention: 'Eg vil sove betre' });
  // No failure notice: the 2D board (tests/e2e/flat-board.spec.ts) stands in for the 3D room.
  await expect(page.getByRole('group', { name: 'The 2D board' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'this browser cannot draw it (no WebGL)' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'The room cannot be shown' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Next phase' }).click();
  await waitUntilSaved(page);
  await expect(page.getByRole('list', { name: 'Phases' }).getByRole('listitem').nth(1)).toHaveAttribute('aria-current', 'step');
});
