import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import '../ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { epochMillis } from '../domain/model/units';
import { createI18n } from '../i18n/i18n';
import { createIdbSessionRepository, openResonansDatabase } from '../persistence/idbSessionRepository';
import { createResonansStore } from '../store/createStore';
import { App } from './App';
import { localPreferences } from './preferences';
import type { Services } from './services';
import { broadcastingRepository } from './tabs/broadcastingRepository';
import { browserLocks } from './tabs/sessionGuard';
import { browserTabChannel } from './tabs/tabChannel';
import { registerServiceWorker } from './tabs/updates';
import { initialLanguage } from './useLanguageSetting';

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

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App services={services} store={store} i18n={createI18n(initialLanguage(preferences, navigator.languages))} />
  </StrictMode>,
);
