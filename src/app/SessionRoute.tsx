import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionId } from '../domain/model/ids';
import { type Autosave, startAutosave } from '../persistence/autosave';
import { useResonansStore } from '../store/StoreContext';
import { EditingView } from './EditingView';
import { ReplayView } from './ReplayView';
import { navigate } from './route';
import { lockSession, type SessionLock } from './sessionLock';
import { describeError, useServices } from './services';

type Loading = { status: 'loading' } | { status: 'ready' } | { status: 'missing' } | { status: 'failed'; reason: string };

/**
 * Opens a session from storage into the store and keeps it saved while it is open, in either
 * of its two views: editing (the live, recorded session) and replay (read-only).
 */
export function SessionRoute({ id, mode }: { id: SessionId; mode: 'edit' | 'replay' }) {
  const { t } = useTranslation();
  const store = useResonansStore();
  const { repository, now, autosaveDelayMs } = useServices();
  const [loading, setLoading] = useState<Loading>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let autosave: Autosave | null = null;
    let lock: SessionLock | null = null;
    const flush = () => void autosave?.flush();
    window.addEventListener('pagehide', flush);
    void (async () => {
      try {
        const session = await repository.load(id);
        if (cancelled) return;
        if (!session) return setLoading({ status: 'missing' });
        lock = await lockSession(id);
        if (cancelled) return lock.release();
        // Only the tab holding the lock saves; another tab shows the session as it was saved.
        if (lock.held) autosave = startAutosave(store, repository, { delayMs: autosaveDelayMs, now, describeError });
        store.getState().openSession(session, { readOnly: !lock.held });
        setLoading({ status: 'ready' });
      } catch (error) {
        if (!cancelled) setLoading({ status: 'failed', reason: describeError(error) });
      }
    })();
    return () => {
      cancelled = true;
      window.removeEventListener('pagehide', flush);
      // The last change is written from a snapshot, so the room can close at once.
      void autosave?.flush();
      autosave?.stop();
      lock?.release();
      store.getState().closeSession();
    };
  }, [id, store, repository, now, autosaveDelayMs]);

  const back = () => navigate({ screen: 'library' });
  if (loading.status === 'ready') {
    return mode === 'replay' ? (
      <ReplayView onBack={back} onExit={() => navigate({ screen: 'session', id })} />
    ) : (
      <EditingView onBack={back} onReplay={() => navigate({ screen: 'replay', id })} />
    );
  }
  return (
    <main className="screen">
      {loading.status === 'loading' && <p role="status">{t('room.loading')}</p>}
      {loading.status === 'missing' && <p role="alert">{t('room.notFound')}</p>}
      {loading.status === 'failed' && <p role="alert">{t('library.loadFailed', { reason: loading.reason })}</p>}
      <button type="button" onClick={back}>
        {t('room.backToSessions')}
      </button>
    </main>
  );
}
