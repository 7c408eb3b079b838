import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionId } from '../domain/model/ids';
import type { Autosave } from '../persistence/autosave';
import { browserJournalStorage, createJournal } from '../persistence/journal';
import { openForEditing } from '../persistence/openForEditing';
import { useResonansStore } from '../store/StoreContext';
import { EditingView } from './EditingView';
import { ReplayView } from './ReplayView';
import { navigate } from './route';
import { lockSession, type SessionLock } from './sessionLock';
import { followSavedSession } from './tabs/followSavedSession';
import { describeError, useServices } from './services';

/** How long a closing session waits for its last write before it lets another tab edit. */
const RELEASE_AT_MOST_AFTER_MS = 10_000;

/** A lock let go this soon (a reload's old page, React's development double start) is no other tab. */
const LOCK_GRACE_MS = 500;

type Loading = { status: 'loading' } | { status: 'ready' } | { status: 'missing' } | { status: 'failed'; reason: string };

/**
 * Opens a session from storage into the store and keeps it saved while it is open, in either
 * of its two views: editing (the live, recorded session) and replay (read-only). The session's
 * lock is taken before it is read, so what this tab edits is what the last editing tab left; a
 * tab that finds it taken shows the session read-only and takes over when the lock comes free.
 */
export function SessionRoute({ id, mode }: { id: SessionId; mode: 'edit' | 'replay' }) {
  const { t } = useTranslation();
  const store = useResonansStore();
  const { repository, now, autosaveDelayMs, tabs } = useServices();
  const [loading, setLoading] = useState<Loading>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let autosave: Autosave | null = null;
    let lock: SessionLock | null = null;
    let stopFollowing: () => void = () => undefined;
    const journal = createJournal(browserJournalStorage());
    const options = { delayMs: autosaveDelayMs, now, describeError, journal };
    // Both events come before a tab is closed or reloaded; the journal is written synchronously in them.
    const keep = () => autosave?.keepNow();
    const keepWhenHidden = () => {
      if (document.visibilityState === 'hidden') keep();
    };
    window.addEventListener('pagehide', keep);
    document.addEventListener('visibilitychange', keepWhenHidden);
    const fail = (error: unknown) => {
      if (!cancelled) setLoading({ status: 'failed', reason: describeError(error) });
    };
    const edit = async () => {
      const started = await openForEditing(store, repository, id, options);
      if (cancelled) {
        started?.stop();
        return false;
      }
      autosave = started;
      return started !== null;
    };
    const takeOver = async () => {
      if (await edit()) store.getState().showKeepingNotice({ kind: 'tookOver' });
    };
    void (async () => {
      try {
        lock = await lockSession(id, undefined, LOCK_GRACE_MS);
        if (cancelled) return lock.release();
        if (lock.held) return setLoading({ status: (await edit()) ? 'ready' : 'missing' });
        // Another tab edits it: show it as stored, and edit here once that tab lets go.
        const opened = await repository.open(id);
        if (cancelled) return;
        if (!opened) return setLoading({ status: 'missing' });
        store.getState().resetKeeping();
        store.getState().openSession(opened.session, { readOnly: true });
        setLoading({ status: 'ready' });
        // Until then, what the editing tab saves shows here too (not while replaying, which has a playhead of its own).
        stopFollowing = followSavedSession(tabs, id, async () => {
          const saved = await repository.open(id);
          const state = store.getState();
          if (cancelled || autosave || !saved || !state.readOnly || state.replay) return;
          state.openSession(saved.session, { readOnly: true });
        });
        void lock.granted.then(() => {
          stopFollowing();
          return cancelled ? undefined : takeOver().catch(fail);
        });
      } catch (error) {
        fail(error);
      }
    })();
    return () => {
      cancelled = true;
      stopFollowing();
      window.removeEventListener('pagehide', keep);
      document.removeEventListener('visibilitychange', keepWhenHidden);
      // The last change is written from a snapshot, so the room can close at once; the lock is
      // let go only when that write has ended, so a tab taking over reads what this one wrote.
      const written = autosave?.flush() ?? Promise.resolve();
      autosave?.stop();
      const held = lock;
      // A write that hangs must not keep other tabs waiting for ever: the journal holds its changes.
      const atMost = new Promise<void>((resolve) => setTimeout(resolve, RELEASE_AT_MOST_AFTER_MS));
      void Promise.race([written, atMost]).finally(() => held?.release());
      store.getState().resetKeeping();
      store.getState().closeSession();
    };
  }, [id, store, repository, now, autosaveDelayMs, tabs]);

  const back = () => navigate({ screen: 'library' });
  if (loading.status === 'ready') {
    // Both views take in the app's one room (KeptRoom): switching between them does not build it again.
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
