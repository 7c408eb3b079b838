import type { i18n as I18n } from 'i18next';
import { useCallback, useEffect } from 'react';
import { type Language, languageFor } from '../i18n/languages';
import { switchLanguage } from '../i18n/loadI18n';
import type { Preferences } from './preferences';

export const LANGUAGE_PREFERENCE = 'language';

/** The language to start in: the one chosen before on this device, else the browser's. */
export function initialLanguage(preferences: Preferences, browserLanguages: readonly string[]): Language {
  return languageFor([preferences.get(LANGUAGE_PREFERENCE) ?? '', ...browserLanguages].filter(Boolean));
}

/** Keeps the page's lang attribute right and returns how to change the language. */
export function useLanguageSetting(i18n: I18n, preferences: Preferences): (language: Language) => void {
  useEffect(() => {
    const update = (language: string) => {
      document.documentElement.lang = language === 'nb' || language === 'nn' ? `${language}-NO` : language;
    };
    update(i18n.language);
    i18n.on('languageChanged', update);
    return () => i18n.off('languageChanged', update);
  }, [i18n]);
  return useCallback(
    (language: Language) => {
      preferences.set(LANGUAGE_PREFERENCE, language);
      // A catalogue that cannot be loaded (offline before it was cached) leaves the language as it was.
      switchLanguage(i18n, language).catch(() => undefined);
    },
    [i18n, preferences],
  );
}
