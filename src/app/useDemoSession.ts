import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { createDemoSession, demoTextsFrom } from '../demo/createDemoSession';
import type { Session } from '../domain/model/session';
import { isLanguage } from '../i18n/languages';
import type { Messages } from '../i18n/messages/en';

/** Makes the demo session in the therapist's language. */
export function useDemoSession(): () => Session {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  // The language shown is always loaded: switching loads its catalogue first.
  return useCallback(() => createDemoSession(demoTextsFrom(i18n.getResourceBundle(language, 'translation') as Messages)), [i18n, language]);
}
