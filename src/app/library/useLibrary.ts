import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { binSession, duplicateSession, renameSession, type Session } from '../../domain/model/session';

import type { SessionId } from '../../domain/model/ids';
import type { SessionSummary } from '../../persistence/sessionRepository';
import type { LibraryState } from '../../ui/LibraryScreen';
import { describeError, useServices } from '../services';
import { SessionOpenElsewhere, type SessionGuard } from '../tabs/sessionGuard';
import { useTabMessages } from '../tabs/useTabMessages';
import { useDemoSession } from '../useDemoSession';

const DEMO_OFFERED = 'demoOffered';
/** Sessions stay in the bin this long before they are deleted for good. */
export const BIN_KEEP_MS = 30 * 24 * 60 * 60 * 1000;

const UNGUARDED: SessionGuard = { whileClosed: (_id, work) => work(), openSessions: () => Promise.resolve(new Set()) };

/** Removes each session it can; one that another tab has open stays, and the first such refusal is returned. */
async function removeEach(remove: (id: SessionId) => Promise<void>, ids: readonly SessionId[]): Promise<SessionOpenElsewhere | null> {
  let refused: SessionOpenElsewhere | null = null;
  for (const id of ids) {
    try {
      await remove(id);
    } catch (error) {
      if (!(error instanceof SessionOpenElsewhere)) throw error;
      refused ??= error;
    }
  }
  return refused;
}

/**
 * The library's data and every change to it. A change loads the session, applies a pure edit
 * and saves it; a failure leaves everything as it was and says why. A session that another tab
 * has open is left alone (the services' sessionGuard), and the list follows what other tabs write.
 */
export function useLibrary() {
  const { t } = useTranslation();
  const { repository, preferences, now, ids, sessionGuard } = useServices();
  const guard = sessionGuard ?? UNGUARDED;
  const makeDemo = useDemoSession();
  const [library, setLibrary] = useState<LibraryState>({ status: 'loading' });
  const [notice, setNotice] = useState<{ kind: 'ok' | 'problem'; text: string } | null>(null);
  const [openElsewhere, setOpenElsewhere] = useState<ReadonlySet<SessionId>>(new Set());

  const reload = useCallback(async () => {
    try {
      const sessions = await repository.list();
      // The bin empties itself after 30 days; a session open in another tab waits for the next time.
      const expired = sessions.filter((session) => session.binnedAt !== undefined && now() - session.binnedAt > BIN_KEEP_MS);
      await removeEach(
        (id) => repository.remove(id),
        expired.map((session) => session.id),
      );
      setLibrary({ status: 'ready', sessions: expired.length > 0 ? await repository.list() : sessions });
      setOpenElsewhere(await guard.openSessions().catch(() => new Set<SessionId>()));
    } catch (error) {
      setLibrary({ status: 'failed', reason: describeError(error) });
    }
  }, [repository, now, guard]);

  // Another tab saves up to once a second while it records: reloads run one after another, never piled up.
  const refreshing = useRef({ running: false, again: false });
  const refresh = useCallback(async () => {
    const state = refreshing.current;
    if (state.running) {
      state.again = true;
      return;
    }
    state.running = true;
    try {
      do {
        state.again = false;
        await reload();
      } while (state.again);
    } finally {
      state.running = false;
    }
  }, [reload]);
  useTabMessages(() => void refresh());
  // Opening a session in another tab writes nothing; coming back to this tab is when it shows.
  useEffect(() => {
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refresh]);

  const shown = useRef<readonly SessionSummary[]>([]);
  shown.current = library.status === 'ready' ? library.sessions : [];
  const problemText = useCallback(
    (error: unknown) => {
      if (!(error instanceof SessionOpenElsewhere)) return t('library.actionFailed', { reason: describeError(error) });
      const summary = shown.current.find((session) => session.id === error.id);
      return summary ? t('tabs.openElsewhere', { client: summary.clientPseudonym || t('library.noPseudonym') }) : t('tabs.openElsewhereShort');
    },
    [t],
  );

  const attempt = useCallback(
    async (work: () => Promise<unknown>) => {
      try {
        await work();
        setNotice(null);
      } catch (error) {
        setNotice({ kind: 'problem', text: problemText(error) });
      }
      await reload();
    },
    [reload, problemText],
  );

  // Read, edit and write under the session's lock: no tab can open the session in between.
  const change = useCallback(
    (summary: SessionSummary, edit: (session: Session) => Session, eventsKept = true) =>
      attempt(() =>
        guard.whileClosed(summary.id, async () => {
          const session = await repository.load(summary.id);
          if (!session) return;
          const next = edit(session);
          await repository.save(next, now(), eventsKept ? next.recording.events.length : 0);
        }),
      ),
    [attempt, guard, repository, now],
  );

  const restoreDemo = useCallback(() => attempt(() => repository.save(makeDemo(), now())), [attempt, repository, makeDemo, now]);

  useEffect(() => {
    // A new user finds the demo in the library; once deleted, it comes back only when asked for.
    if (preferences.get(DEMO_OFFERED) === null) {
      preferences.set(DEMO_OFFERED, 'yes');
      void restoreDemo();
    } else {
      void reload();
    }
  }, [preferences, reload, restoreDemo]);

  return {
    library,
    /** Sessions another tab has open: the library shows it and leaves them alone. */
    openElsewhere,
    notice,
    setNotice,
    reload,
    restoreDemo,
    rename: (summary: SessionSummary, name: string) => change(summary, (session) => renameSession(session, name)),
    bin: (summary: SessionSummary) => change(summary, (session) => binSession(session, now())),
    restore: (summary: SessionSummary) => change(summary, (session) => binSession(session, undefined)),
    duplicate: (summary: SessionSummary) =>
      attempt(async () => {
        const session = await repository.load(summary.id);
        if (session) await repository.save(duplicateSession(session, ids, now()), now(), 0);
      }),
    purge: (summary: SessionSummary) => attempt(() => guard.whileClosed(summary.id, () => repository.remove(summary.id))),
    emptyBin: () =>
      attempt(async () => {
        if (library.status !== 'ready') return;
        const binned = library.sessions.filter((session) => session.binnedAt !== undefined).map((session) => session.id);
        const refused = await removeEach((id) => guard.whileClosed(id, () => repository.remove(id)), binned);
        if (refused) throw refused;
      }),
  };
}
