import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** A date and time in the language's own form, e.g. "22 Nov 2026, 14:05". */
export function useDateText(): (epochMillis: number) => string {
  const { i18n } = useTranslation();
  const format = useMemo(() => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }), [i18n.language]);
  return useCallback((epochMillis: number) => format.format(new Date(epochMillis)), [format]);
}
