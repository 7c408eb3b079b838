import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every end-to-end test runs with three guards: no request may reach a host other than the
 * app's own, no uncaught error may happen in the page, and WebGL draw calls are counted so a
 * test can tell an idle room (no frames) from a busy one. A live-room spec names the relay it
 * uses in `allowedOrigins` (`test.use`): that origin, and no other, may be reached too, and
 * only by WebSocket.
 */
export const test = base.extend<{ allowedOrigins: readonly string[] }>({
  allowedOrigins: [[], { option: true }],
  page: async ({ page, baseURL, allowedOrigins }, use) => {
    const guard = await guardPage(page, baseURL, allowedOrigins);
    await use(page);
    guard.check();
  },
});

/** The guards above, for a page a spec opens itself (a second browser context, as a remote client). */
export async function guardPage(page: Page, baseURL: string | undefined, allowedOrigins: readonly string[] = []): Promise<{ check: () => void }> {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const isOwn = (url: string) => url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:');
  const isAllowedSocket = (url: string) => allowedOrigins.some((allowed) => new URL(url.replace(/^ws/, 'http')).origin === allowed);
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (!isOwn(request.url())) foreign.push(request.url());
  });
  page.on('websocket', (socket) => {
    if (!isOwn(socket.url().replace(/^ws/, 'http')) && !isAllowedSocket(socket.url())) foreign.push(socket.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.context().route(
    (url) => !isOwn(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  await page.addInitScript(() => {
    const counted = window as unknown as { __resonansDraws: number };
    counted.__resonansDraws = 0;
    for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
      for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced'] as const) {
        const original = (proto as unknown as Record<string, (...args: unknown[]) => unknown>)[name];
        if (!original) continue;
        (proto as unknown as Record<string, unknown>)[name] = function counting(this: unknown, ...args: unknown[]) {
          counted.__resonansDraws += 1;
          return original.apply(this, args);
        };
      }
    }
  });
  return {
    check: () => {
      expect(foreign, 'requests to hosts other than the app').toEqual([]);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
  };
}

export { expect };

export const drawCount = (page: Page) => page.evaluate(() => (window as unknown as { __resonansDraws: number }).__resonansDraws);

/** Waits until the room has drawn and then drawn nothing for a while (fonts loaded, camera settled). */
export async function waitForIdleRoom(page: Page, quietMs = 700): Promise<void> {
  await expect(page.locator('canvas')).toBeVisible();
  let last = -1;
  let quietSince = Date.now();
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const draws = await drawCount(page);
    if (draws !== last) {
      last = draws;
      quietSince = Date.now();
    } else if (draws > 0 && Date.now() - quietSince >= quietMs) {
      return;
    }
    await page.waitForTimeout(100);
  }
  throw new Error('the room never became idle');
}

export interface PoseReading {
  x: number;
  z: number;
  facing: number;
}

const POSE_PATTERN = /x (-?\d+\.\d\d) m, z (-?\d+\.\d\d) m, facing (\d+)°/;

export function parsePose(text: string): PoseReading {
  const match = POSE_PATTERN.exec(text);
  if (!match) throw new Error(`not a pose: ${text}`);
  return { x: Number(match[1]), z: Number(match[2]), facing: Number(match[3]) };
}

export const figureList = (page: Page) => page.getByRole('list', { name: 'Figures' });
export const figureEntry = (page: Page, label: string) => figureList(page).getByRole('button', { name: label, exact: true });

export async function poseOf(page: Page, label: string): Promise<PoseReading> {
  const description = await figureEntry(page, label).getAttribute('aria-describedby');
  if (!description) throw new Error(`${label} has no pose text`);
  return parsePose(await page.locator(`[id="${description}"]`).innerText());
}

/** The client picks every word of the intention as an element: none is chosen until the client chooses it. */
export async function chooseEveryWord(page: Page): Promise<void> {
  for (const word of await page.getByRole('group', { name: 'Elements' }).getByRole('checkbox').all()) await word.check();
}

/**
 * Starts a session from the library as a therapist would: the template first (it decides what
 * the form asks for), then the intention or theme, and, where the template offers them, every
 * word chosen as an element.
 */
export async function startSession(page: Page, options: { client: string; intention: string; template?: string }): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New session' }).click();
  await page.getByRole('textbox', { name: 'Client' }).fill(options.client);
  if (options.template) await page.getByRole('group', { name: 'Phase template' }).getByRole('radio', { name: options.template }).check();
  await page.getByRole('textbox', { name: /^(Intention|Theme)/ }).fill(options.intention);
  await chooseEveryWord(page);
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(figureList(page)).toBeVisible();
}

export async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();
}
