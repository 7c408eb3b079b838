import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionId } from '../domain/model/ids';
import type { SessionSummary } from '../persistence/sessionRepository';
import { ConfirmDialog } from './ConfirmDialog';
import { LanguagePicker } from './LanguagePicker';
import { BinSection } from './library/BinSection';
import { filterAndSort, LIBRARY_SORTS, type LibrarySort } from './library/librarySort';
import { RenameDialog } from './library/RenameDialog';
import { clientNameOf, SessionCard } from './library/SessionCard';
import { useSessionDateText } from './library/useSessionDateText';
import { useFocusOnMount } from './useFocusOnMount';

export type LibraryState = { status: 'loading' } | { status: 'failed'; reason: string } | { status: 'ready'; sessions: readonly SessionSummary[] };

export interface LibraryActions {
  readonly onNew: () => void;
  readonly onOpen: (session: SessionSummary) => void;
  readonly onReplay: (session: SessionSummary) => void;
  readonly onRename: (session: SessionSummary, name: string) => void;
  readonly onDuplicate: (session: SessionSummary) => void;
  readonly onExport: (session: SessionSummary) => void;
  readonly onBin: (session: SessionSummary) => void;
  readonly onRestore: (session: SessionSummary) => void;
  readonly onPurge: (session: SessionSummary) => void;
  readonly onEmptyBin: () => void;
  readonly onRestoreDemo: () => void;
}

interface LibraryScreenProps {
  readonly library: LibraryState;
  readonly actions: LibraryActions;
  /** Messages about the last action (an import, a failure), said politely to screen readers. */
  readonly notice?: ReactNode;
  /** Export, import, backups and storage: composed by the app. */
  readonly files?: ReactNode;
  /** Sessions open in another tab or window, marked so in the list. */
  readonly openElsewhere?: ReadonlySet<SessionId>;
  /** The clients' journeys across their sessions: composed by the app. */
  readonly journeys?: ReactNode;
}

type Asking = { kind: 'bin' | 'purge' | 'rename'; session: SessionSummary } | { kind: 'empty' } | null;

/** The sessions kept on this device: search, sort, open, replay, rename, duplicate, export, delete into the bin. */
export function LibraryScreen({ library, actions, notice, files, openElsewhere, journeys }: LibraryScreenProps) {
  const { t, i18n } = useTranslation();
  const sessionDateText = useSessionDateText();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<LibrarySort>('newest');
  const [asking, setAsking] = useState<Asking>(null);
  const searchId = useId();
  const sortId = useId();
  const sessions = library.status === 'ready' ? library.sessions : [];
  const active = sessions.filter((session) => session.binnedAt === undefined);
  const binned = sessions.filter((session) => session.binnedAt !== undefined);
  const shown = filterAndSort(active, query, sort, i18n.language);
  const client = (session: SessionSummary) => clientNameOf(session, t('library.noPseudonym'));
  const close = () => setAsking(null);
  const newSession = useFocusOnMount<HTMLButtonElement>();

  return (
    <main className="screen library">
      <header className="screen-header">
        <h1>{t('library.heading')}</h1>
        <LanguagePicker />
        <button type="button" className="primary" onClick={actions.onNew} ref={newSession}>
          {t('library.newSession')}
        </button>
      </header>
      <p className="quiet">{t('app.tagline')}</p>
      <div aria-live="polite">{notice}</div>
      {library.status === 'loading' && <p role="status">{t('library.loading')}</p>}
      {library.status === 'failed' && <p role="alert">{t('library.loadFailed', { reason: library.reason })}</p>}
      {library.status === 'ready' && active.length === 0 && <p>{t('library.empty')}</p>}
      {active.length > 0 && (
        <div className="library-tools">
          <div className="field compact">
            <label htmlFor={searchId}>{t('library.search')}</label>
            <input id={searchId} type="search" placeholder={t('library.searchHint')} value={query} onChange={(event) => setQuery(event.target.value)} />
          </div>
          <div className="field compact">
            <label htmlFor={sortId}>{t('library.sortBy')}</label>
            <select id={sortId} value={sort} onChange={(event) => setSort(event.target.value as LibrarySort)}>
              {LIBRARY_SORTS.map((option) => (
                <option key={option} value={option}>
                  {t(`library.sort.${option}`)}
                </option>
              ))}
            </select>
          </div>
          <p className="hint" role="status">
            {t('library.count', { count: shown.length })}
          </p>
        </div>
      )}
      {active.length > 0 && shown.length === 0 && <p>{t('library.noMatch', { query })}</p>}
      {shown.length > 0 && (
        <ul className="session-list" aria-label={t('library.listLabel')}>
          {shown.map((session) => (
            <SessionCard
              key={session.id}
              session={session}
              openElsewhere={openElsewhere?.has(session.id) === true}
              actions={{
                onOpen: actions.onOpen,
                onReplay: actions.onReplay,
                onDuplicate: actions.onDuplicate,
                onExport: actions.onExport,
                onRename: (chosen) => setAsking({ kind: 'rename', session: chosen }),
                onDelete: (chosen) => setAsking({ kind: 'bin', session: chosen }),
              }}
            />
          ))}
        </ul>
      )}
      {journeys}
      <BinSection
        sessions={binned}
        onRestore={actions.onRestore}
        onPurge={(session) => setAsking({ kind: 'purge', session })}
        onEmpty={() => setAsking({ kind: 'empty' })}
      />
      {library.status === 'ready' && (
        <div className="demo-note">
          <p className="hint">{t('demo.explain')}</p>
          {!sessions.some((session) => session.demo && session.binnedAt === undefined) && (
            <button type="button" onClick={actions.onRestoreDemo}>
              {t('demo.restore')}
            </button>
          )}
        </div>
      )}
      {files}
      {asking?.kind === 'bin' && (
        <ConfirmDialog
          title={t('library.confirmDeleteTitle')}
          confirmLabel={t('library.confirmDelete')}
          cancelLabel={t('library.cancel')}
          onCancel={close}
          onConfirm={() => {
            actions.onBin(asking.session);
            close();
          }}
        >
          <p>{t('library.confirmDeleteBody', { client: client(asking.session), date: sessionDateText(asking.session) })}</p>
        </ConfirmDialog>
      )}
      {asking?.kind === 'purge' && (
        <ConfirmDialog
          title={t('library.confirmPurgeTitle')}
          confirmLabel={t('library.deleteForever')}
          cancelLabel={t('library.cancel')}
          onCancel={close}
          onConfirm={() => {
            actions.onPurge(asking.session);
            close();
          }}
        >
          <p>{t('library.confirmPurgeBody', { client: client(asking.session) })}</p>
        </ConfirmDialog>
      )}
      {asking?.kind === 'empty' && (
        <ConfirmDialog
          title={t('library.confirmEmptyTitle')}
          confirmLabel={t('library.emptyBin')}
          cancelLabel={t('library.cancel')}
          onCancel={close}
          onConfirm={() => {
            actions.onEmptyBin();
            close();
          }}
        >
          <p>{t('library.confirmEmptyBody')}</p>
        </ConfirmDialog>
      )}
      {asking?.kind === 'rename' && (
        <RenameDialog
          current={asking.session.clientPseudonym}
          onCancel={close}
          onSave={(name) => {
            actions.onRename(asking.session, name);
            close();
          }}
        />
      )}
    </main>
  );
}
