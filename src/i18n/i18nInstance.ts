import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Language, LANGUAGES } from './languages';
import type { Messages } from './messages/en';

/**
 * One i18next instance over the catalogues given, never a global singleton with hidden state.
 * The catalogue test forbids missing keys, so a language needs no other to fall back on.
 */
export function i18nInstance(language: Language, catalogues: Partial<Record<Language, Messages>>): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: catalogues.en ? 'en' : false,
    supportedLngs: [...LANGUAGES],
    resources: Object.fromEntries(Object.entries(catalogues).map(([code, catalogue]) => [code, { translation: catalogue }])),
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
