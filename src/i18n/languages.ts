/**
 * The languages the app speaks, without their catalogues: the first screen imports this, and
 * only the chosen language's catalogue is loaded (loadI18n.ts).
 */
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
