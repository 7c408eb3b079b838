import type { ReactNode } from 'react';
import { useResonansStore } from '../../store/StoreContext';
import { exportOpenSession } from '../library/exportOpenSession';
import { useServices } from '../services';
import { ErrorBoundary } from './ErrorBoundary';
import { FailureNotice } from './FailureNotice';
import { reloadPage } from './reloadPage';

/** Around the room's canvas: when the room fails, the panels beside it and the open session stay. */
export function RoomBoundary({ children }: { children: ReactNode }) {
  const store = useResonansStore();
  const { now } = useServices();
  return (
    <ErrorBoundary
      fallback={(error) => <FailureNotice scope="room" error={error} onExport={async () => exportOpenSession(store, now())} onReload={reloadPage} />}
    >
      {children}
    </ErrorBoundary>
  );
}
