/**
 * A new version of the app, found by the service worker, waits until the user agrees to it
 * ("Reload") or until every tab has closed. Nothing is taken over behind an open session.
 */
export interface UpdateOffer {
  subscribe(onChange: () => void): () => void;
  /** True while a new version is ready and this tab has not set the offer aside. */
  offered(): boolean;
  /** Starts the new version: the waiting worker takes over and the page reloads. */
  reload(): void;
  /** Sets the offer aside for this tab; the new version still starts once every tab has closed. */
  later(): void;
}

/** The parts of the service worker API this uses; injected so tests can pass fakes. */
export interface WorkerLike extends EventTarget {
  readonly state: string;
  postMessage(message: unknown): void;
}
export interface RegistrationLike extends EventTarget {
  readonly waiting: WorkerLike | null;
  readonly installing: WorkerLike | null;
  update(): Promise<unknown>;
}
export interface ContainerLike extends EventTarget {
  readonly controller: WorkerLike | null;
}

export const NO_UPDATES: UpdateOffer = { subscribe: () => () => undefined, offered: () => false, reload: () => undefined, later: () => undefined };

export function watchForUpdates(container: ContainerLike, registration: Promise<RegistrationLike>, reloadPage: () => void): UpdateOffer {
  const listeners = new Set<() => void>();
  let ready = false;
  let setAside = false;
  let reloading = false;
  // The first worker to control a fresh tab is not an update; every later change of worker is.
  let controlled = container.controller !== null;
  let known: RegistrationLike | null = null;
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const offer = () => {
    if (ready) return;
    ready = true;
    notify();
  };
  const watchInstalling = (worker: WorkerLike | null) => {
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) offer();
    });
  };

  container.addEventListener('controllerchange', () => {
    if (reloading) return reloadPage();
    if (!controlled) {
      controlled = true;
      return;
    }
    // Another tab started the new version: this one still runs the old until it reloads, so it
    // is asked again even if it set the first offer aside.
    setAside = false;
    ready = true;
    notify();
  });

  void registration
    .then((found) => {
      known = found;
      if (found.waiting && container.controller) offer();
      watchInstalling(found.installing);
      found.addEventListener('updatefound', () => watchInstalling(found.installing));
    })
    .catch(() => undefined);

  return {
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    offered: () => ready && !setAside,
    reload: () => {
      reloading = true;
      const waiting = known?.waiting;
      if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' });
      else reloadPage();
    },
    later: () => {
      setAside = true;
      notify();
    },
  };
}

/** Registers the service worker, tells it this tab has loaded (so it may tidy old caches), and watches for new versions. */
export function registerServiceWorker(container: ServiceWorkerContainer, url: string, reloadPage: () => void): UpdateOffer {
  // After the page has loaded: precaching the whole app must not slow the first screen.
  const loaded = document.readyState === 'complete' ? Promise.resolve() : new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  const registration = loaded.then(() => container.register(url));
  const loadedBy = container.controller;
  loadedBy?.postMessage({ type: 'LOADED' });
  const offer = watchForUpdates(container, registration, reloadPage);
  // A tab may stay open for days: it looks for a new version each time it comes back into view.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration.then((found) => found.update()).catch(() => undefined);
  });
  return offer;
}
