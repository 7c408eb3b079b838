import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../domain/model/session';
import type { ResonansStore } from '../../store/createStore';
import { useResonans, useResonansStore } from '../../store/StoreContext';
import { MenuDialogEntry } from './MenuDialogEntry';

// The dialog, and the PDF writer it loads in turn, come only when first asked for.
const ReportDialog = lazy(() => import('./ReportDialog').then((module) => ({ default: module.ReportDialog })));

/** The open session as recorded at this moment, or null where nothing is recorded. */
function openSession(store: ResonansStore): Session | null {
  const state = store.getState();
  if (!state.session || !state.recording) return null;
  return { info: state.session, room: state.room, recording: { initialRoom: state.recording.initialRoom, events: [...state.recording.events] } };
}

/** "Session report…" in the room's "More" menu, live and in replay. */
export function ReportEntry() {
  const { t } = useTranslation();
  const store = useResonansStore();
  const template = useResonans((state) => (state.session !== null && state.recording !== null ? state.session.template : null));
  if (template === null) return null;
  return (
    <MenuDialogEntry
      label={t('report.menu')}
      dialog={(close) => (
        <Suspense fallback={null}>
          <ReportDialog source={{ template, load: () => Promise.resolve(openSession(store)) }} onClose={close} />
        </Suspense>
      )}
    />
  );
}
