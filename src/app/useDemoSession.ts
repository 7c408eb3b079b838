import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { createDemoSession, demoTextsFrom } from '../demo/createDemoSession';
import type { Session } from '../domain/model/session';
import { CATALOGUES, isLanguage } from '../i18n/i18n';

/** Makes the demo session in the therapist's language. */
export function useDemoSession(): () => Session {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  return useCallback(() => createDemoSession(demoTextsFrom(CATALOGUES[language])), [language]);
}
