import { type ReactNode, useEffect, useRef } from 'react';
import type { ResonansStore } from '../../store/createStore';
import { parseRoute } from '../route';
import type { Services } from '../services';
import { ErrorBoundary } from './ErrorBoundary';
import { exportRememberedSession } from './exportRememberedSession';
import { FailureNotice } from './FailureNotice';
import { rememberLastOpenSession } from './lastOpenSession';
import { reloadPage } from './reloadPage';

/** Around the whole app: whatever fails, the tab shows a calm way out instead of a white page. */
export function AppBoundary({ store, services, children }: { store: ResonansStore; services: Services; children: ReactNode }) {
  const remembered = useRef<ReturnType<typeof rememberLastOpenSession> | null>(null);
  useEffect(() => {
    const keeper = rememberLastOpenSession(store);
    remembered.current = keeper;
    return keeper.stop;
  }, [store]);
  const fallback = (error: unknown) => {
    const route = parseRoute(window.location.hash);
    const session = remembered.current?.last() ?? null;
    // Offered only for the session this screen had open, never one closed earlier.
    const open = route.screen === 'session' || route.screen === 'replay' ? (session?.info.id === route.id ? session : null) : null;
    return (
      <main className="screen">
        <FailureNotice scope="screen" error={error} onExport={open ? () => exportRememberedSession(open, services) : undefined} onReload={reloadPage} />
      </main>
    );
  };
  return <ErrorBoundary fallback={fallback}>{children}</ErrorBoundary>;
}
