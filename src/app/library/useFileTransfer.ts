import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readResonansFile, writeResonansFile } from '../../domain/format/resonansFile';
import type { ImportResult, SkippedSession } from '../../domain/format/sessionFile';
import { supervisionCopy, supervisionExportedAt } from '../../domain/format/supervisionCopy';
import type { Session } from '../../domain/model/session';
import { epochMillis } from '../../domain/model/units';
import type { SessionSummary } from '../../persistence/sessionRepository';
import type { ExportChoice } from '../../ui/files/ExportDialog';
import { neutralNames } from '../../ui/files/neutralNames';
import { describeError, useServices } from '../services';
import { downloadBlob, exportFileName } from './download';
import { storeImported } from './storeImported';

export const LAST_BACKUP = 'lastBackupAt';

export type ImportStep =
  | { step: 'idle' }
  | { step: 'passphrase'; file: Blob; problem: string | null; busy: boolean }
  | { step: 'conflict'; sessions: Session[]; existing: Session[]; skipped: readonly SkippedSession[] }
  | { step: 'working' };

/** The session's place among the client's sessions, by date, from 1: "session 3" in a supervision copy. */
export function sessionNumberOf(summary: SessionSummary, known: readonly SessionSummary[]): number {
  const same = known.filter((other) => other.clientPseudonym === summary.clientPseudonym && !other.demo);
  return Math.max(1, same.filter((other) => other.createdAt < summary.createdAt || (other.createdAt === summary.createdAt && other.id <= summary.id)).length);
}

/**
 * Export and import: every session file is validated before anything is written, so a bad
 * file leaves the library exactly as it was (a backup's good sessions are imported and its bad
 * ones named); a protected file asks for its passphrase; a failed export says so.
 */
export function useFileTransfer(known: readonly SessionSummary[], afterImport: (message: string | null, problem: string | null) => Promise<void>) {
  const { t } = useTranslation();
  const { repository, now, ids, preferences } = useServices();
  const [importing, setImporting] = useState<ImportStep>({ step: 'idle' });

  const problemText = useCallback(
    (result: Extract<ImportResult, { ok: false }>) => {
      const { code, detail } = result.problem;
      switch (code) {
        case 'not-json':
          return t('files.problems.notJson');
        case 'not-a-session-file':
          return t('files.problems.notSession');
        case 'newer-version':
          return t('files.problems.newer');
        case 'invalid':
          return t('files.problems.invalid', { detail });
        case 'damaged':
          return t('fileSafety.problems.damaged', { detail });
        case 'too-large':
          return t('fileSafety.problems.tooLarge', { detail });
        case 'needs-passphrase':
          return t('fileSafety.problems.needsPassphrase');
        case 'wrong-passphrase':
          return t('files.problems.wrongPassphrase');
      }
    },
    [t],
  );

  const skippedText = useCallback(
    (skipped: readonly SkippedSession[]) =>
      skipped.length === 0
        ? null
        : t('fileSafety.skipped', {
            count: skipped.length,
            list: skipped
              .map((session) =>
                t('fileSafety.skippedSession', { number: session.index + 1, client: session.client || t('fileSafety.unknownClient'), detail: session.detail }),
              )
              .join('; '),
          }),
    [t],
  );

  /**
   * What storage holds now, not what the library last showed: a purge or another tab's save
   * may have changed it since, and "already here" must be true when it is asked.
   */
  const storedIds = useCallback(async () => new Set((await repository.list()).map((summary) => summary.id)), [repository]);

  const store = useCallback(
    async (sessions: Session[], replace: boolean, skipped: readonly SkippedSession[]) => {
      setImporting({ step: 'working' });
      try {
        await storeImported(repository, sessions, { replace, existingIds: await storedIds(), ids, now });
        setImporting({ step: 'idle' });
        const imported = t('files.imported', { count: sessions.length });
        const notImported = skippedText(skipped);
        await afterImport(imported, notImported ? `${imported} ${notImported}` : null);
      } catch (error) {
        setImporting({ step: 'idle' });
        await afterImport(null, t('library.actionFailed', { reason: describeError(error) }));
      }
    },
    [storedIds, repository, ids, now, afterImport, t, skippedText],
  );

  const accept = useCallback(
    async (result: Extract<ImportResult, { ok: true }>) => {
      const sessions = result.kind === 'session' ? [result.session] : result.sessions;
      const skipped = result.kind === 'backup' ? result.skipped : [];
      const stored = await storedIds();
      const existing = sessions.filter((session) => stored.has(session.info.id));
      if (existing.length > 0) return setImporting({ step: 'conflict', sessions, existing, skipped });
      return store(sessions, false, skipped);
    },
    [storedIds, store],
  );

  const refuse = useCallback(
    async (result: Extract<ImportResult, { ok: false }>) => {
      setImporting({ step: 'idle' });
      await afterImport(null, t('files.importFailed', { problem: problemText(result) }));
    },
    [afterImport, problemText, t],
  );

  const importFile = useCallback(
    async (file: Blob) => {
      setImporting({ step: 'working' });
      const result = await readResonansFile(file);
      if (result.ok) return accept(result);
      if (result.problem.code === 'needs-passphrase') return setImporting({ step: 'passphrase', file, problem: null, busy: false });
      return refuse(result);
    },
    [accept, refuse],
  );

  const unlock = useCallback(
    async (passphrase: string) => {
      if (importing.step !== 'passphrase') return;
      const { file } = importing;
      setImporting({ step: 'passphrase', file, problem: null, busy: true });
      const result = await readResonansFile(file, passphrase);
      if (result.ok) return accept(result);
      // A wrong passphrase can be tried again; any other problem ends the import.
      if (result.problem.code === 'wrong-passphrase') return setImporting({ step: 'passphrase', file, problem: problemText(result), busy: false });
      return refuse(result);
    },
    [accept, importing, problemText, refuse],
  );

  const exportSession = useCallback(
    async (summary: SessionSummary, choice: ExportChoice) => {
      const session = await repository.load(summary.id);
      if (!session) return;
      const at = now();
      const number = sessionNumberOf(summary, known);
      const chosen = choice.supervision
        ? supervisionCopy(
            session,
            {
              keep: choice.supervision.keep,
              dating: choice.supervision.dating,
              names: neutralNames(t, number),
              ids,
            },
            number,
          )
        : session;
      const exportedAt = choice.supervision ? epochMillis(supervisionExportedAt(choice.supervision.dating, at, number)) : at;
      const file = await writeResonansFile({ kind: 'session', session: chosen, pseudonymised: choice.supervision !== null }, exportedAt, {
        passphrase: choice.passphrase,
      });
      downloadBlob(exportFileName(choice.supervision ? 'supervision' : 'session', chosen.info.id, at, choice.passphrase !== ''), file);
    },
    [repository, now, ids, t, known],
  );

  /** The backup of every session, loaded and written one at a time; a failure is said, not thrown. */
  const exportAll = useCallback(
    async (passphrase = '') => {
      try {
        const wanted = known.map((summary) => summary.id);
        async function* sessions() {
          for (const id of wanted) {
            const session = await repository.load(id);
            if (session) yield session;
          }
        }
        const at = now();
        const file = await writeResonansFile({ kind: 'backup', sessions: sessions() }, at, { passphrase });
        downloadBlob(exportFileName('backup', '', at, passphrase !== ''), file);
        preferences.set(LAST_BACKUP, String(at));
      } catch (error) {
        await afterImport(null, t('fileSafety.exportAllFailed', { reason: describeError(error) }));
      }
    },
    [known, repository, now, preferences, afterImport, t],
  );

  return {
    importing,
    importFile,
    unlock,
    cancelImport: () => setImporting({ step: 'idle' }),
    resolveConflict: (replace: boolean) => (importing.step === 'conflict' ? store(importing.sessions, replace, importing.skipped) : Promise.resolve()),
    exportSession,
    exportAll,
  };
}
