import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../persistence/sessionRepository';
import { journeyGroups } from './journeyGroups';

/** In the library: one "Journey of …" per client with more than one session. */
export function JourneyLinks({ sessions, onOpen }: { sessions: readonly SessionSummary[]; onOpen: (pseudonym: string) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const groups = journeyGroups(sessions);
  if (groups.length === 0) return null;
  return (
    <section className="journey-links" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('analysis.journeysHeading')}</h2>
      <p className="hint">{t('analysis.journeysHint')}</p>
      <ul>
        {groups.map((group) => (
          <li key={group.pseudonym}>
            <button type="button" onClick={() => onOpen(group.pseudonym)}>
              {t('analysis.journeyOf', { pseudonym: group.pseudonym })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
