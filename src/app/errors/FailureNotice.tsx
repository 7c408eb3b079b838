import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../services';
import '../tabs/tabs.css';

interface FailureNoticeProps {
  /** The whole screen failed, or only the room beside the panels. */
  readonly scope: 'screen' | 'room';
  readonly error: unknown;
  /** Offered when a session is open and can still be written to a file. */
  readonly onExport?: () => void | Promise<void>;
  readonly onReload: () => void;
}

/** Said calmly when a part of the app fails: what still holds, and the two ways on. */
export function FailureNotice({ scope, error, onExport, onReload }: FailureNoticeProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [exportProblem, setExportProblem] = useState<string | null>(null);
  const exportNow = (run: () => void | Promise<void>) => {
    setExportProblem(null);
    // Synchronous or not, a failed export is said here instead of being lost.
    Promise.resolve()
      .then(run)
      .catch((problem: unknown) => setExportProblem(describeError(problem)));
  };
  return (
    <section className={`failure ${scope}`} role="alert" aria-labelledby={titleId}>
      {/* In place of a whole screen the notice is the page's heading; in the room, one part of it. */}
      {scope === 'room' ? <h2 id={titleId}>{t('tabs.failure.roomTitle')}</h2> : <h1 id={titleId}>{t('tabs.failure.title')}</h1>}
      <p>{scope === 'room' ? t('tabs.failure.roomBody') : t('tabs.failure.body')}</p>
      <div className="failure-actions">
        {onExport && (
          <button type="button" className="primary" onClick={() => exportNow(onExport)}>
            {t('tabs.failure.exportSession')}
          </button>
        )}
        <button type="button" onClick={onReload}>
          {t('tabs.failure.reload')}
        </button>
      </div>
      {exportProblem && <p className="error">{t('tabs.failure.exportFailed', { reason: exportProblem })}</p>}
      <p className="hint">{t('tabs.failure.detail', { reason: describeError(error) })}</p>
    </section>
  );
}
