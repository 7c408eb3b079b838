import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionId } from '../domain/model/ids';
import { startAutosave } from '../persistence/autosave';
import { RoomCanvas } from '../scene/RoomCanvas';
import { useResonansStore } from '../store/StoreContext';
import { RoomLayout } from '../ui/RoomLayout';
import { navigate } from './route';
import { describeError, useServices } from './services';
import { useUndoShortcuts } from './useUndoShortcuts';

type Loading = { status: 'loading' } | { status: 'ready' } | { status: 'missing' } | { status: 'failed'; reason: string };

/** Opens a session from storage into the store, keeps it saved, and shows the room. */
export function RoomRoute({ id }: { id: SessionId }) {
  const { t } = useTranslation();
  const store = useResonansStore();
  const { repository, now, autosaveDelayMs } = useServices();
  const [loading, setLoading] = useState<Loading>({ status: 'loading' });
  useUndoShortcuts(store);

  useEffect(() => {
    let cancelled = false;
    const autosave = startAutosave(store, repository, { delayMs: autosaveDelayMs, now, describeError });
    const flush = () => void autosave.flush();
    window.addEventListener('pagehide', flush);
    repository.load(id).then(
      (session) => {
        if (cancelled) return;
        if (!session) return setLoading({ status: 'missing' });
        store.getState().openSession(session);
        setLoading({ status: 'ready' });
      },
      (error: unknown) => !cancelled && setLoading({ status: 'failed', reason: describeError(error) }),
    );
    return () => {
      cancelled = true;
      window.removeEventListener('pagehide', flush);
      // The last change is written from a snapshot, so the room can close at once.
      void autosave.flush();
      autosave.stop();
      store.getState().closeSession();
    };
  }, [id, store, repository, now, autosaveDelayMs]);

  const back = () => navigate({ screen: 'library' });
  if (loading.status === 'ready') return <RoomLayout room={<RoomCanvas label={t('room.canvasLabel')} />} onBack={back} />;
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
