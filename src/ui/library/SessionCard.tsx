import './sessionCard.css';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../persistence/sessionRepository';
import { durationText } from '../durationText';
import { usePhaseNames } from '../session/usePhaseNames';
import { SessionReportEntry } from './SessionReportEntry';
import { useSessionDateText } from './useSessionDateText';

export interface SessionCardActions {
  readonly onOpen: (session: SessionSummary) => void;
  readonly onReplay: (session: SessionSummary) => void;
  readonly onRename: (session: SessionSummary) => void;
  readonly onDuplicate: (session: SessionSummary) => void;
  readonly onExport: (session: SessionSummary) => void;
  readonly onDelete: (session: SessionSummary) => void;
}

export const clientNameOf = (session: SessionSummary, fallback: string) => session.clientPseudonym || fallback;

interface SessionCardProps {
  readonly session: SessionSummary;
  readonly actions: SessionCardActions;
  /** Another tab or window has it open: said on the card, so a refused rename is no surprise. */
  readonly openElsewhere?: boolean;
}

/** One session in the library: who, when, what about, how far it came, and what can be done with it. */
export function SessionCard({ session, actions, openElsewhere = false }: SessionCardProps) {
  const { t } = useTranslation();
  const sessionDateText = useSessionDateText();
  const phases = usePhaseNames(session.template);
  const client = clientNameOf(session, t('library.noPseudonym'));
  const details = [
    t('library.progress', { template: t(`newSession.templates.${session.template}`), duration: durationText(session.durationMs) }),
    phases[session.phase] ? t('library.phaseReached', { phase: phases[session.phase] ?? '' }) : null,
    session.finished ? t('library.finished') : null,
    session.demo ? t('library.demo') : null,
    session.pseudonymised ? t('library.pseudonymised') : null,
    openElsewhere ? t('tabs.openInAnotherTab') : null,
  ].filter(Boolean);
  return (
    <li className="session-card">
      <div className="session-text">
        <span className="session-client">{client}</span>
        <span className="session-date">{sessionDateText(session)}</span>
        <span className="session-intention" lang="">
          {session.intention}
        </span>
        <span className="session-progress">{details.join(t('library.separator'))}</span>
      </div>
      <div className="session-actions">
        <button type="button" className="primary" onClick={() => actions.onOpen(session)} aria-label={t('library.openSession', { client })}>
          {t('library.open')}
        </button>
        <button type="button" onClick={() => actions.onReplay(session)} aria-label={t('library.replaySession', { client })}>
          {t('recording.replay')}
        </button>
        <button type="button" onClick={() => actions.onRename(session)} aria-label={t('library.renameSession', { client })}>
          {t('library.rename')}
        </button>
        <button type="button" onClick={() => actions.onDuplicate(session)} aria-label={t('library.duplicateSession', { client })}>
          {t('library.duplicate')}
        </button>
        <button type="button" onClick={() => actions.onExport(session)} aria-label={t('files.exportSession', { client })}>
          {t('files.export')}
        </button>
        <SessionReportEntry session={session} client={client} />
        <button type="button" onClick={() => actions.onDelete(session)} aria-label={t('library.deleteSession', { client })}>
          {t('library.delete')}
        </button>
      </div>
    </li>
  );
}
