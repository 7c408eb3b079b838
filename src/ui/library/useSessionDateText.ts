import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { supervisionDateOf } from '../../domain/format/supervisionCopy';
import type { SessionSummary } from '../../persistence/sessionRepository';
import { useDateText } from '../useDateText';

/**
 * When a session took place, as far as its file says: a supervision copy's date is a session
 * number or a month (so no real day leaves the therapist's device), read back as such.
 */
export function useSessionDateText(): (session: Pick<SessionSummary, 'createdAt' | 'pseudonymised'>) => string {
  const { t, i18n } = useTranslation();
  const dateText = useDateText();
  const monthFormat = useMemo(() => new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }), [i18n.language]);
  return useCallback(
    (session) => {
      if (!session.pseudonymised) return dateText(session.createdAt);
      const date = supervisionDateOf(session.createdAt);
      if (date.kind === 'number') return t('fileSafety.copySessionNumber', { number: date.sessionNumber });
      if (date.kind === 'month') return monthFormat.format(new Date(session.createdAt));
      return dateText(session.createdAt);
    },
    [t, dateText, monthFormat],
  );
}
