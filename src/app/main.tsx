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
import { initialLanguage } from './useLanguageSetting';

const now = () => epochMillis(Date.now());
const ids = () => crypto.randomUUID();

const preferences = localPreferences();
const store = createResonansStore({ ids, now });
const services: Services = {
  repository: createIdbSessionRepository(openResonansDatabase(() => store.getState().setStorageLost())),
  ids,
  now,
  autosaveDelayMs: 400,
  preferences,
};

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App services={services} store={store} i18n={createI18n(initialLanguage(preferences, navigator.languages))} />
  </StrictMode>,
);

// The built app keeps working offline; during development the service worker would only get in the way.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined));
}
