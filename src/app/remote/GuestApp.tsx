import type { i18n as I18n } from 'i18next';
import { useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { LanguageChoiceContext } from '../../ui/languageChoice';
import { memoryPreferences } from '../preferences';
import { isJoinHash, useRoute } from '../route';
import { useLanguageSetting } from '../useLanguageSetting';
import { JoinRoute } from './JoinRoute';

/**
 * The whole app as the client's browser runs it from an invite link: the language and the join
 * page, and nothing else. No IndexedDB is opened, no service worker installed, no preference
 * written; the room lives in memory until the tab closes.
 */
export function GuestApp({ i18n }: { i18n: I18n }) {
  // The client's choice of language lasts for this visit only: this device keeps nothing.
  const preferences = useMemo(() => memoryPreferences(), []);
  const chooseLanguage = useLanguageSetting(i18n, preferences);
  const route = useRoute();
  return (
    <I18nextProvider i18n={i18n}>
      <LanguageChoiceContext.Provider value={chooseLanguage}>
        <JoinRoute key={route.screen === 'join' ? route.link : ''} link={route.screen === 'join' ? route.link : window.location.hash} />
      </LanguageChoiceContext.Provider>
    </I18nextProvider>
  );
}

export { isJoinHash };
