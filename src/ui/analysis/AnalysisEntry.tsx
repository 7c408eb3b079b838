import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

// The analysis and its chart library load when first opened: the first script stays as it was.
const AnalysisDialog = lazy(() => import('./AnalysisDialog'));

/** "Movement analysis" beside the replay. */
export function AnalysisEntry() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="panel analysis-entry">
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('analysis.open')}
      </button>
      {open && (
        <Suspense fallback={<p className="hint">{t('analysis.loading')}</p>}>
          <AnalysisDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
