import { createContext, useContext } from 'react';
import type { Language } from '../i18n/languages';

/** Changes the app's language and remembers it; provided by the app. */
export const LanguageChoiceContext = createContext<(language: Language) => void>(() => undefined);

export const useLanguageChoice = () => useContext(LanguageChoiceContext);
