import type { Browser, Page, WebSocketRoute } from '@playwright/test';
import { expect, figureEntry, guardPage, poseOf, type PoseReading } from './fixtures';

/** The relays the live-room walk uses (playwright.config.ts starts them, sharing one Redis). */
export const RELAY = 'http://127.0.0.1:8787';
export const SECOND_RELAY = 'http://127.0.0.1:8788';

/** Opens the live room from the session's "More" menu and returns the invite link. */
export async function inviteClient(page: Page, hostName: string): Promise<string> {
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('button', { name: 'Invite to a live room' }).click();
  const dialog = page.getByRole('dialog', { name: 'Live room' });
  await dialog.getByRole('textbox', { name: 'Your name, as your client will see it' }).fill(hostName);
  await dialog.getByRole('button', { name: 'Open the live room' }).click();
  const link = await dialog.getByRole('textbox', { name: 'Link for your client' }).inputValue();
  expect(link).toMatch(/#\/join\/[A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{87}$/);
  return link;
}

export const hostPanel = (page: Page) => page.getByRole('region', { name: 'Live room' });

/** Everything that went through a relay socket, both ways, as text and bytes. */
export interface Traffic {
  readonly frames: Buffer[];
}

/**
 * The client's browser: a second context with the same guards as the therapist's page. Its
 * socket to the relay runs through a route, so the test can cut it (a dropped connection),
 * flip a byte of what it sends (a tampered frame), and keep a copy of every frame.
 */
export async function openClient(browser: Browser, baseURL: string | undefined, options: { upstream?: string } = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  const guard = await guardPage(page, baseURL, [RELAY]);
  const traffic: Traffic = { frames: [] };
  const open = new Set<{ page: WebSocketRoute; close: () => void }>();
  const state = { cut: false, tampering: false, tampered: 0 };
  const keep = (message: string | Buffer) => traffic.frames.push(typeof message === 'string' ? Buffer.from(message) : message);
  await page.routeWebSocket(new RegExp(`^ws://127\\.0\\.0\\.1:8787/`), async (socket) => {
    if (state.cut) return void socket.close({ code: 4000 });
    const toPage = (message: string | Buffer) => {
      keep(message);
      socket.send(message);
    };
    const fromPage = (send: (message: string | Buffer) => void) => (message: string | Buffer) => {
      keep(message);
      if (typeof message !== 'string' && state.tampering) {
        state.tampered += 1;
        const changed = Buffer.from(message);
        changed[changed.length - 1] = (changed[changed.length - 1] ?? 0) ^ 0x01;
        return send(changed);
      }
      send(message);
    };
    if (options.upstream) {
      const { default: WebSocket } = await import('ws');
      const upstream = new WebSocket(socket.url().replace(RELAY.replace('http', 'ws'), options.upstream.replace('http', 'ws')), {
        origin: new URL(baseURL ?? '').origin,
      });
      const pending: (string | Buffer)[] = [];
      upstream.on('open', () => pending.splice(0).forEach((message) => upstream.send(message)));
      upstream.on('message', (data: Buffer, binary: boolean) => toPage(binary ? data : data.toString()));
      upstream.on('close', () => socket.close());
      socket.onMessage(fromPage((message) => (upstream.readyState === WebSocket.OPEN ? upstream.send(message) : pending.push(message))));
      socket.onClose(() => upstream.close());
      open.add({ page: socket, close: () => upstream.close() });
      return;
    }
    const server = socket.connectToServer();
    server.onMessage(toPage);
    socket.onMessage(fromPage((message) => server.send(message)));
    open.add({ page: socket, close: () => server.close() });
  });
  return {
    context,
    page,
    traffic,
    state,
    /** The link drops: open sockets close and new ones are refused until `reconnect`. */
    cut: async () => {
      state.cut = true;
      for (const socket of open) {
        socket.close();
        await socket.page.close({ code: 4000 });
      }
      open.clear();
    },
    reconnect: () => {
      state.cut = false;
    },
    close: async () => {
      guard.check();
      await context.close();
    },
  };
}

/** Waits until a figure on one screen stands where it stands on the other. */
export async function expectSamePose(a: Page, b: Page, label: string): Promise<PoseReading> {
  const pose = await poseOf(a, label);
  await expect.poll(() => poseOf(b, label), { intervals: [50, 100, 200] }).toEqual(pose);
  return pose;
}

/** One keyboard step for a figure, as a person at either screen would make it. */
export async function stepFigure(page: Page, label: string, key: string): Promise<void> {
  await figureEntry(page, label).focus();
  await page.keyboard.press(key);
}
