import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../persistence/sessionRepository';
import { useDateText } from '../useDateText';
import { clientNameOf } from './SessionCard';

interface BinSectionProps {
  readonly sessions: readonly SessionSummary[];
  readonly onRestore: (session: SessionSummary) => void;
  readonly onPurge: (session: SessionSummary) => void;
  readonly onEmpty: () => void;
}

/** Deleted sessions wait here for 30 days, so a deletion can be undone. */
export function BinSection({ sessions, onRestore, onPurge, onEmpty }: BinSectionProps) {
  const { t } = useTranslation();
  const dateText = useDateText();
  if (sessions.length === 0) return null;
  return (
    <details className="bin">
      <summary>{t('library.binCount', { count: sessions.length })}</summary>
      <p className="hint">{t('library.binHint')}</p>
      <ul className="session-list" aria-label={t('library.bin')}>
        {sessions.map((session) => {
          const client = clientNameOf(session, t('library.noPseudonym'));
          return (
            <li key={session.id} className="session-card binned">
              <div className="session-text">
                <span className="session-client">{client}</span>
                <span className="session-intention">{session.intention}</span>
                <span className="session-progress">{session.binnedAt ? t('library.binnedOn', { date: dateText(session.binnedAt) }) : null}</span>
              </div>
              <div className="session-actions">
                <button type="button" onClick={() => onRestore(session)} aria-label={t('library.restoreSession', { client })}>
                  {t('library.restore')}
                </button>
                <button type="button" onClick={() => onPurge(session)} aria-label={t('library.deleteForeverSession', { client })}>
                  {t('library.deleteForever')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={onEmpty}>
        {t('library.emptyBin')}
      </button>
    </details>
  );
}
