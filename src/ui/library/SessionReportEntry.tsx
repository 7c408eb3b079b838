import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../persistence/sessionRepository';
import { MenuDialogEntry } from '../export/MenuDialogEntry';

// The dialog, and the PDF writer it loads in turn, come only when first asked for: the library's first script stays as it was.
const StoredReportDialog = lazy(() => import('../export/StoredReportDialog').then((module) => ({ default: module.StoredReportDialog })));

/** "Report…" among a session's actions in the library: its session report without opening it. */
export function SessionReportEntry({ session, client }: { session: SessionSummary; client: string }) {
  const { t } = useTranslation();
  return (
    <MenuDialogEntry
      label={t('report.libraryEntry')}
      ariaLabel={t('report.libraryEntryLabel', { client })}
      className=""
      dialog={(close) => (
        <Suspense fallback={null}>
          <StoredReportDialog session={session} client={client} onClose={close} />
        </Suspense>
      )}
    />
  );
}
