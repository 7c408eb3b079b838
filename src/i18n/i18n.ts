import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { da } from './messages/da';
import { de } from './messages/de';
import { en } from './messages/en';
import { nb } from './messages/nb';
import { nn } from './messages/nn';

export const LANGUAGES = ['en', 'nb', 'nn', 'da', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, for the language picker. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
  da: 'Dansk',
  de: 'Deutsch',
};

export const CATALOGUES = { en, nb, nn, da, de } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language for a browser's preferences: the first one we speak. Plain "no" (Norwegian)
 * means bokmål; any English, German or Danish variant maps to its language.
 */
export function languageFor(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const base = lower.split('-')[0] ?? '';
    if (lower === 'nn' || lower.startsWith('nn-') || lower === 'no-nyn') return 'nn';
    if (base === 'no' || base === 'nb') return 'nb';
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** One i18next instance per app (and per test), never a global singleton with hidden state. */
export function createI18n(language: Language = 'en'): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    resources: Object.fromEntries(LANGUAGES.map((code) => [code, { translation: CATALOGUES[code] }])),
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
