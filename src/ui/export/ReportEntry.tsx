import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useResonans } from '../../store/StoreContext';
import { MenuDialogEntry } from './MenuDialogEntry';

// The dialog, and the PDF writer it loads in turn, come only when first asked for.
const ReportDialog = lazy(() => import('./ReportDialog').then((module) => ({ default: module.ReportDialog })));

/** "Session report…" in the room's "More" menu, live and in replay. */
export function ReportEntry() {
  const { t } = useTranslation();
  const hasSession = useResonans((state) => state.session !== null && state.recording !== null);
  if (!hasSession) return null;
  return (
    <MenuDialogEntry
      label={t('report.menu')}
      dialog={(close) => (
        <Suspense fallback={null}>
          <ReportDialog onClose={close} />
        </Suspense>
      )}
    />
  );
}
