import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { binSession, duplicateSession, renameSession, type Session } from '../../domain/model/session';

import type { SessionSummary } from '../../persistence/sessionRepository';
import type { LibraryState } from '../../ui/LibraryScreen';
import { describeError, useServices } from '../services';
import { useDemoSession } from '../useDemoSession';

const DEMO_OFFERED = 'demoOffered';
/** Sessions stay in the bin this long before they are deleted for good. */
export const BIN_KEEP_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * The library's data and every change to it. A change loads the session, applies a pure edit
 * and saves it; a failure leaves everything as it was and says why.
 */
export function useLibrary() {
  const { t } = useTranslation();
  const { repository, preferences, now, ids } = useServices();
  const makeDemo = useDemoSession();
  const [library, setLibrary] = useState<LibraryState>({ status: 'loading' });
  const [notice, setNotice] = useState<{ kind: 'ok' | 'problem'; text: string } | null>(null);

  const reload = useCallback(async () => {
    try {
      const sessions = await repository.list();
      // The bin empties itself after 30 days.
      const expired = sessions.filter((session) => session.binnedAt !== undefined && now() - session.binnedAt > BIN_KEEP_MS);
      for (const session of expired) await repository.remove(session.id);
      setLibrary({ status: 'ready', sessions: sessions.filter((session) => !expired.includes(session)) });
    } catch (error) {
      setLibrary({ status: 'failed', reason: describeError(error) });
    }
  }, [repository, now]);

  const attempt = useCallback(
    async (work: () => Promise<unknown>) => {
      try {
        await work();
        setNotice(null);
      } catch (error) {
        setNotice({ kind: 'problem', text: t('library.actionFailed', { reason: describeError(error) }) });
      }
      await reload();
    },
    [reload, t],
  );

  const change = useCallback(
    (summary: SessionSummary, edit: (session: Session) => Session, eventsKept = true) =>
      attempt(async () => {
        const session = await repository.load(summary.id);
        if (!session) return;
        const next = edit(session);
        await repository.save(next, now(), eventsKept ? next.recording.events.length : 0);
      }),
    [attempt, repository, now],
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
    purge: (summary: SessionSummary) => attempt(() => repository.remove(summary.id)),
    emptyBin: () =>
      attempt(async () => {
        if (library.status !== 'ready') return;
        for (const session of library.sessions) if (session.binnedAt !== undefined) await repository.remove(session.id);
      }),
  };
}
