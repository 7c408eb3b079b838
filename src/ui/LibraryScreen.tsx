import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionId } from '../domain/model/ids';
import type { SessionSummary } from '../persistence/sessionRepository';
import { ConfirmDialog } from './ConfirmDialog';
import { durationText } from './durationText';
import { useDateText } from './useDateText';

export type LibraryState = { status: 'loading' } | { status: 'failed'; reason: string } | { status: 'ready'; sessions: readonly SessionSummary[] };

interface LibraryScreenProps {
  readonly library: LibraryState;
  readonly onNew: () => void;
  readonly onOpen: (session: SessionSummary) => void;
  readonly onReplay: (id: SessionId) => void;
  readonly onDelete: (id: SessionId) => void;
  readonly onRestoreDemo: () => void;
}

/** The sessions kept on this device, newest first. */
export function LibraryScreen({ library, onNew, onOpen, onReplay, onDelete, onRestoreDemo }: LibraryScreenProps) {
  const { t } = useTranslation();
  const dateText = useDateText();
  const [deleting, setDeleting] = useState<SessionSummary | null>(null);
  const clientName = (session: SessionSummary) => session.clientPseudonym || t('library.noPseudonym');

  return (
    <main className="screen library">
      <header className="screen-header">
        <h1>{t('library.heading')}</h1>
        <button type="button" className="primary" onClick={onNew}>
          {t('library.newSession')}
        </button>
      </header>
      <p className="quiet">{t('app.tagline')}</p>
      {library.status === 'loading' && <p role="status">{t('library.loading')}</p>}
      {library.status === 'failed' && <p role="alert">{t('library.loadFailed', { reason: library.reason })}</p>}
      {library.status === 'ready' && library.sessions.length === 0 && <p>{t('library.empty')}</p>}
      {library.status === 'ready' && library.sessions.length > 0 && (
        <ul className="session-list" aria-label={t('library.listLabel')}>
          {library.sessions.map((session) => (
            <li key={session.id} className="session-card">
              <div className="session-text">
                <span className="session-client">{clientName(session)}</span>
                <span className="session-date">{dateText(session.createdAt)}</span>
                <span className="session-intention" lang="">
                  {session.intention}
                </span>
                <span className="session-progress">
                  {[
                    t('library.progress', { template: t(`newSession.templates.${session.template}`), duration: durationText(session.durationMs) }),
                    session.finished ? t('library.finished') : null,
                    session.demo ? t('library.demo') : null,
                  ]
                    .filter(Boolean)
                    .join(t('library.separator'))}
                </span>
              </div>
              <div className="session-actions">
                <button type="button" onClick={() => onOpen(session)} aria-label={t('library.openSession', { client: clientName(session) })}>
                  {t('library.open')}
                </button>
                <button type="button" onClick={() => onReplay(session.id)} aria-label={t('library.replaySession', { client: clientName(session) })}>
                  {t('recording.replay')}
                </button>
                <button type="button" onClick={() => setDeleting(session)} aria-label={t('library.deleteSession', { client: clientName(session) })}>
                  {t('library.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {library.status === 'ready' && (
        <div className="demo-note">
          <p className="hint">{t('demo.explain')}</p>
          {!library.sessions.some((session) => session.demo) && (
            <button type="button" onClick={onRestoreDemo}>
              {t('demo.restore')}
            </button>
          )}
        </div>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('library.confirmDeleteTitle')}
          confirmLabel={t('library.confirmDelete')}
          cancelLabel={t('library.cancel')}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            onDelete(deleting.id);
            setDeleting(null);
          }}
        >
          <p>{t('library.confirmDeleteBody', { client: clientName(deleting), date: dateText(deleting.createdAt) })}</p>
        </ConfirmDialog>
      )}
    </main>
  );
}
