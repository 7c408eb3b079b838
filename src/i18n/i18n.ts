import type { i18n as I18n } from 'i18next';
import { i18nInstance } from './i18nInstance';
import { type Language, LANGUAGES } from './languages';
import { da } from './messages/da';
import { de } from './messages/de';
import { en } from './messages/en';
import { nb } from './messages/nb';
import { nn } from './messages/nn';

export { isLanguage, LANGUAGE_NAMES, LANGUAGES, languageFor, type Language } from './languages';

/** Every catalogue at once, for tests; the app loads only the chosen one (loadI18n.ts). */
export const CATALOGUES = { en, nb, nn, da, de } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

/** An i18n with every language ready, for tests: one instance each, never a shared one. */
export function createI18n(language: Language = 'en'): I18n {
  return i18nInstance(language, Object.fromEntries(LANGUAGES.map((code) => [code, CATALOGUES[code]])));
}
