import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import type { SessionSummary } from '../../persistence/sessionRepository';
import { useSessionDateText } from '../library/useSessionDateText';
import { ReportDialog } from './ReportDialog';

/**
 * The session report of a session kept on this device, asked for from the library: the session
 * is read from storage when the report is made, so a finished session need not be opened.
 */
export function StoredReportDialog({ session, client, onClose }: { session: SessionSummary; client: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { repository } = useServices();
  const dateText = useSessionDateText();
  const source = {
    template: session.template,
    load: async () => (await repository.load(session.id)) ?? null,
    missing: t('report.missing'),
    about: t('report.about', { client, date: dateText(session) }),
  };
  return <ReportDialog source={source} onClose={onClose} />;
}
