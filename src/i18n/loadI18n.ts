import type { i18n as I18n } from 'i18next';
import { type Language } from './languages';
import { i18nInstance } from './i18nInstance';
import type { Messages } from './messages/en';

/** One chunk per language: the first screen carries the chosen catalogue only. */
const LOADERS: Readonly<Record<Language, () => Promise<Messages>>> = {
  en: () => import('./messages/en').then((module) => module.en),
  nb: () => import('./messages/nb').then((module) => module.nb),
  nn: () => import('./messages/nn').then((module) => module.nn),
  da: () => import('./messages/da').then((module) => module.da),
  de: () => import('./messages/de').then((module) => module.de),
};

/** The app's i18n in its starting language, once that language's catalogue is in. */
export async function loadI18n(language: Language): Promise<I18n> {
  return i18nInstance(language, { [language]: await LOADERS[language]() });
}

/** Loads a language's catalogue before switching to it, so no key is ever shown in its place. */
export async function switchLanguage(i18n: I18n, language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) i18n.addResourceBundle(language, 'translation', await LOADERS[language]());
  await i18n.changeLanguage(language);
}
