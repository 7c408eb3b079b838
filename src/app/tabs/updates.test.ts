import { describe, expect, it, vi } from 'vitest';
import { type ContainerLike, type RegistrationLike, watchForUpdates, type WorkerLike } from './updates';

/** A service worker as the page sees it: a state that changes with a statechange event, and messages it receives. */
class FakeWorker extends EventTarget implements WorkerLike {
  state = 'installing';
  readonly received: unknown[] = [];
  postMessage(message: unknown): void {
    this.received.push(message);
  }
  become(state: string): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget implements RegistrationLike {
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  update = vi.fn(() => Promise.resolve());
  /** A new version is found and installs, then waits, as browsers do when a tab still runs the old one. */
  findNewVersion(): FakeWorker {
    const worker = new FakeWorker();
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
    this.installing = null;
    this.waiting = worker;
    worker.become('installed');
    return worker;
  }
}

class FakeContainer extends EventTarget implements ContainerLike {
  constructor(public controller: FakeWorker | null) {
    super();
  }
  changeController(worker: FakeWorker): void {
    this.controller = worker;
    this.dispatchEvent(new Event('controllerchange'));
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function setUp(controlled: boolean) {
  const container = new FakeContainer(controlled ? new FakeWorker() : null);
  const registration = new FakeRegistration();
  const reloadPage = vi.fn();
  const offer = watchForUpdates(container, Promise.resolve(registration), reloadPage);
  const changes = vi.fn();
  offer.subscribe(changes);
  await settle();
  return { container, registration, reloadPage, offer, changes };
}

describe('a new version of the app', () => {
  it('is offered when it has installed while this tab runs the old one, and starts only on Reload', async () => {
    const { container, registration, reloadPage, offer, changes } = await setUp(true);
    expect(offer.offered()).toBe(false);
    const waiting = registration.findNewVersion();
    expect(offer.offered()).toBe(true);
    expect(changes).toHaveBeenCalledTimes(1);
    expect(waiting.received).toEqual([]);

    offer.reload();
    expect(waiting.received).toEqual([{ type: 'SKIP_WAITING' }]);
    // The page reloads once the new version has taken over, not before.
    expect(reloadPage).not.toHaveBeenCalled();
    container.changeController(waiting);
    expect(reloadPage).toHaveBeenCalledTimes(1);
  });

  it('is offered at once when it was already waiting as the tab opened', async () => {
    const container = new FakeContainer(new FakeWorker());
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker();
    registration.waiting.state = 'installed';
    const offer = watchForUpdates(container, Promise.resolve(registration), vi.fn());
    await settle();
    expect(offer.offered()).toBe(true);
  });

  it('is not offered on the first visit, when the first worker installs and takes the tab', async () => {
    const { container, registration, offer, reloadPage } = await setUp(false);
    const first = registration.findNewVersion();
    expect(offer.offered()).toBe(false);
    container.changeController(first);
    expect(offer.offered()).toBe(false);
    expect(reloadPage).not.toHaveBeenCalled();
  });

  it('is offered when another tab started it; Reload then only reloads', async () => {
    const { container, reloadPage, offer, registration } = await setUp(true);
    const started = registration.findNewVersion();
    registration.waiting = null;
    container.changeController(started);
    expect(offer.offered()).toBe(true);
    offer.reload();
    expect(reloadPage).toHaveBeenCalledTimes(1);
    expect(started.received).toEqual([]);
  });

  it('can be set aside for this tab without starting', async () => {
    const { registration, offer, changes, reloadPage } = await setUp(true);
    const waiting = registration.findNewVersion();
    offer.later();
    expect(offer.offered()).toBe(false);
    expect(changes).toHaveBeenCalledTimes(2);
    expect(waiting.received).toEqual([]);
    expect(reloadPage).not.toHaveBeenCalled();
  });

  it('asks again, after Later, once another tab has started the new version', async () => {
    const { container, registration, offer } = await setUp(true);
    const waiting = registration.findNewVersion();
    offer.later();
    registration.waiting = null;
    container.changeController(waiting);
    expect(offer.offered()).toBe(true);
  });

  it('leaves the tab alone when registration fails', async () => {
    const container = new FakeContainer(null);
    const offer = watchForUpdates(container, Promise.reject(new Error('insecure context')), vi.fn());
    await settle();
    expect(offer.offered()).toBe(false);
  });
});
