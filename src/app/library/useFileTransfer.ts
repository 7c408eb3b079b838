import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decryptText, encryptText, isEncryptedEnvelope } from '../../domain/format/encryption';
import { backupFileText, type ImportResult, readSessionFile, sessionFileText } from '../../domain/format/sessionFile';
import { supervisionCopy } from '../../domain/format/supervisionCopy';
import { duplicateSession, type Session } from '../../domain/model/session';
import type { SessionSummary } from '../../persistence/sessionRepository';
import type { ExportChoice } from '../../ui/files/ExportDialog';
import { describeError, useServices } from '../services';
import { downloadText, exportFileName } from './download';

export const LAST_BACKUP = 'lastBackupAt';
/** Larger files are refused before they are read into memory. */
const MAX_FILE_BYTES = 100 * 1024 * 1024;

export type ImportStep =
  | { step: 'idle' }
  | { step: 'passphrase'; text: string; problem: string | null; busy: boolean }
  | { step: 'conflict'; sessions: Session[]; existing: Session[] }
  | { step: 'working' };

/**
 * Export and import: every session file is validated before anything is written, so a bad
 * file leaves the library exactly as it was; a protected file asks for its passphrase.
 */
export function useFileTransfer(known: readonly SessionSummary[], afterImport: (message: string | null, problem: string | null) => Promise<void>) {
  const { t } = useTranslation();
  const { repository, now, ids, preferences } = useServices();
  const [importing, setImporting] = useState<ImportStep>({ step: 'idle' });

  const problemText = useCallback(
    (result: Extract<ImportResult, { ok: false }>) => {
      switch (result.problem.code) {
        case 'not-json':
          return t('files.problems.notJson');
        case 'not-a-session-file':
          return t('files.problems.notSession');
        case 'newer-version':
          return t('files.problems.newer');
        case 'invalid':
          return t('files.problems.invalid', { detail: result.problem.detail });
      }
    },
    [t],
  );

  const store = useCallback(
    async (sessions: Session[], replace: boolean) => {
      setImporting({ step: 'working' });
      try {
        for (const session of sessions) {
          const exists = known.some((summary) => summary.id === session.info.id);
          await repository.save(exists && !replace ? duplicateSession(session, ids, now()) : session, now(), 0);
        }
        setImporting({ step: 'idle' });
        await afterImport(t('files.imported', { count: sessions.length }), null);
      } catch (error) {
        setImporting({ step: 'idle' });
        await afterImport(null, t('library.actionFailed', { reason: describeError(error) }));
      }
    },
    [known, repository, ids, now, afterImport, t],
  );

  const accept = useCallback(
    async (plain: string) => {
      const result = readSessionFile(plain);
      if (!result.ok) {
        setImporting({ step: 'idle' });
        return afterImport(null, t('files.importFailed', { problem: problemText(result) }));
      }
      const sessions = result.kind === 'session' ? [result.session] : result.sessions;
      const existing = sessions.filter((session) => known.some((summary) => summary.id === session.info.id));
      if (existing.length > 0) return setImporting({ step: 'conflict', sessions, existing });
      return store(sessions, false);
    },
    [afterImport, known, problemText, store, t],
  );

  const importFile = useCallback(
    async (file: File) => {
      if (file.size > MAX_FILE_BYTES) return afterImport(null, t('files.importFailed', { problem: t('files.problems.notSession') }));
      setImporting({ step: 'working' });
      const text = await file.text();
      if (isEncryptedEnvelope(text)) return setImporting({ step: 'passphrase', text, problem: null, busy: false });
      return accept(text);
    },
    [accept, afterImport, t],
  );

  const unlock = useCallback(
    async (passphrase: string) => {
      if (importing.step !== 'passphrase') return;
      const { text } = importing;
      setImporting({ step: 'passphrase', text, problem: null, busy: true });
      const result = await decryptText(text, passphrase);
      if (result.ok) return accept(result.text);
      const problem = result.problem === 'wrong-passphrase-or-changed' ? t('files.problems.wrongPassphrase') : t('files.problems.damagedEncryption');
      setImporting({ step: 'passphrase', text, problem, busy: false });
    },
    [accept, importing, t],
  );

  const exportSession = useCallback(
    async (summary: SessionSummary, choice: ExportChoice) => {
      const session = await repository.load(summary.id);
      if (!session) return;
      const at = now();
      const chosen = choice.supervision
        ? supervisionCopy(session, {
            pseudonym: t('files.supervisionPseudonym'),
            omitTexts: choice.supervision.omitTexts,
            maskIntention: choice.supervision.maskIntention,
            maskedIntention: t('files.maskedIntention'),
            elementLabel: (number) => t('figure.free', { number }),
            newId: ids(),
          })
        : session;
      const plain = sessionFileText(chosen, at, { pseudonymised: choice.supervision !== null });
      const text = choice.passphrase ? await encryptText(plain, choice.passphrase) : plain;
      downloadText(exportFileName(choice.supervision ? 'supervision' : 'session', chosen.info.id, at), text);
    },
    [repository, now, ids, t],
  );

  const exportAll = useCallback(async () => {
    const sessions: Session[] = [];
    for (const summary of known) {
      const session = await repository.load(summary.id);
      if (session) sessions.push(session);
    }
    const at = now();
    downloadText(exportFileName('backup', '', at), backupFileText(sessions, at));
    preferences.set(LAST_BACKUP, String(at));
  }, [known, repository, now, preferences]);

  return {
    importing,
    importFile,
    unlock,
    cancelImport: () => setImporting({ step: 'idle' }),
    resolveConflict: (replace: boolean) => (importing.step === 'conflict' ? store(importing.sessions, replace) : Promise.resolve()),
    exportSession,
    exportAll,
  };
}
