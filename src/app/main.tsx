import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import '../ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { epochMillis } from '../domain/model/units';
import { loadI18n } from '../i18n/loadI18n';
import { createIdbSessionRepository, openResonansDatabase } from '../persistence/idbSessionRepository';
import { createResonansStore } from '../store/createStore';
import { App } from './App';
import { localPreferences, memoryPreferences } from './preferences';
import { isJoinHash } from './route';
import type { Services } from './services';
import { broadcastingRepository } from './tabs/broadcastingRepository';
import { browserLocks } from './tabs/sessionGuard';
import { browserTabChannel } from './tabs/tabChannel';
import { registerServiceWorker } from './tabs/updates';
import { initialLanguage } from './useLanguageSetting';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// A client opening an invite gets the join page alone: no IndexedDB, no service worker, nothing kept.
if (isJoinHash(window.location.hash)) startGuest(root);
else startApp(root);

function startGuest(root: HTMLElement) {
  // Loaded only here, so the therapist's first script does not carry the client's page.
  void Promise.all([import('./remote/GuestApp'), loadI18n(initialLanguage(memoryPreferences(), navigator.languages))]).then(([{ GuestApp }, i18n]) =>
    createRoot(root).render(
      <StrictMode>
        <GuestApp i18n={i18n} />
      </StrictMode>,
    ),
  );
}

function startApp(root: HTMLElement) {
  const now = () => epochMillis(Date.now());
  const ids = () => crypto.randomUUID();

  const preferences = localPreferences();
  const store = createResonansStore({ ids, now });
  const tabs = browserTabChannel();
  // The built app keeps working offline; during development the service worker would only get in the way.
  const updates =
    import.meta.env.PROD && 'serviceWorker' in navigator ? registerServiceWorker(navigator.serviceWorker, '/sw.js', () => window.location.reload()) : undefined;
  const services: Services = {
    // Every write is told to the other tabs, so their library and open session keep in step.
    repository: broadcastingRepository(createIdbSessionRepository(openResonansDatabase(() => store.getState().setStorageLost())), tabs),
    ids,
    now,
    autosaveDelayMs: 400,
    preferences,
    tabs,
    locks: browserLocks(),
    updates,
  };

  // Only the chosen language's catalogue is fetched, before the first paint, so no key shows.
  void loadI18n(initialLanguage(preferences, navigator.languages)).then((i18n) =>
    createRoot(root).render(
      <StrictMode>
        <App services={services} store={store} i18n={i18n} />
      </StrictMode>,
    ),
  );
}
