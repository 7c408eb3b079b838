import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../persistence/sessionRepository';
import { ConflictDialog } from '../ui/files/ConflictDialog';
import { ExportDialog } from '../ui/files/ExportDialog';
import { FilesPanel } from '../ui/files/FilesPanel';
import { PassphraseDialog } from '../ui/files/PassphraseDialog';
import { LibraryScreen } from '../ui/LibraryScreen';
import { JourneyLinks } from '../ui/journey/JourneyLinks';
import { journeyGroups } from '../ui/journey/journeyGroups';
import { shouldRemindBackup } from './library/backupReminder';
import { LAST_BACKUP, useFileTransfer } from './library/useFileTransfer';
import { useLibrary } from './library/useLibrary';
import { useStorageInfo } from './library/useStorageInfo';
import { navigate } from './route';
import { useKeptRoom } from './KeptRoom';
import { prefersFlatBoard } from './rememberedBoard';
import { preloadRoomWhenIdle, whenIdle } from './roomChunk';
import { describeError, ServicesContext, useServices } from './services';
import { useLibraryServices } from './tabs/useLibraryServices';
import { webglAvailable } from './webglSupport';

const REMINDER_OFF = 'backupReminderOff';

// The journey draws every session of a client; it loads when first opened.
const JourneyDialog = lazy(() => import('../ui/journey/JourneyDialog'));

/** The library, whose actions never reach a session another tab has open. */
export function LibraryRoute() {
  const services = useLibraryServices();
  return (
    <ServicesContext.Provider value={services}>
      <Library />
    </ServicesContext.Provider>
  );
}

function Library() {
  const { t } = useTranslation();
  const { preferences, now } = useServices();
  const library = useLibrary();
  const listed = library.library;
  const sessions = useMemo(() => (listed.status === 'ready' ? listed.sessions : []), [listed]);
  const storage = useStorageInfo(sessions);
  // Opening a session then need not wait for the room's script to arrive and compile.
  useEffect(() => preloadRoomWhenIdle(), []);
  // And the room rehearses out of sight, so the first session opened finds its canvas and shaders built.
  const keptRoom = useKeptRoom();
  useEffect(() => {
    if (!keptRoom) return;
    return whenIdle(() => {
      if (webglAvailable() && !prefersFlatBoard(preferences)) keptRoom.rehearse();
    });
  }, [keptRoom, preferences]);
  const [exporting, setExporting] = useState<{ session: SessionSummary; busy: boolean } | null>(null);
  const [journey, setJourney] = useState<string | null>(null);
  const journeySessions = useMemo(
    () => (journey === null ? undefined : journeyGroups(sessions).find((group) => group.pseudonym === journey)?.sessions),
    [journey, sessions],
  );
  const [reminderOff, setReminderOff] = useState(() => preferences.get(REMINDER_OFF) === 'yes');
  // A backup just made re-reads the time of the last backup.
  const [, setBackedUp] = useState(0);
  const { setNotice, reload } = library;
  const afterImport = useCallback(
    async (message: string | null, problem: string | null) => {
      setNotice(problem ? { kind: 'problem', text: problem } : message ? { kind: 'ok', text: message } : null);
      await reload();
    },
    [setNotice, reload],
  );
  const files = useFileTransfer(sessions, afterImport);
  const lastBackup = preferences.get(LAST_BACKUP);
  const remindBackup = shouldRemindBackup(sessions, lastBackup === null ? null : Number(lastBackup), now(), reminderOff);
  const client = (session: SessionSummary) => session.clientPseudonym || t('library.noPseudonym');
  const conflict = files.importing.step === 'conflict' ? files.importing.existing[0] : undefined;

  return (
    <>
      <LibraryScreen
        library={library.library}
        openElsewhere={library.openElsewhere}
        journeys={<JourneyLinks sessions={sessions} onOpen={setJourney} />}
        notice={
          library.notice ? (
            <p className={library.notice.kind === 'problem' ? 'notice problem' : 'notice'} role={library.notice.kind === 'problem' ? 'alert' : 'status'}>
              {library.notice.text}
            </p>
          ) : null
        }
        actions={{
          onNew: () => navigate({ screen: 'new' }),
          onOpen: (session) => navigate({ screen: session.finished || session.pseudonymised ? 'replay' : 'session', id: session.id }),
          onReplay: (session) => navigate({ screen: 'replay', id: session.id }),
          onRename: (session, name) => void library.rename(session, name),
          onDuplicate: (session) => void library.duplicate(session),
          onExport: (session) => setExporting({ session, busy: false }),
          onBin: (session) => void library.bin(session),
          onRestore: (session) => void library.restore(session),
          onPurge: (session) => void library.purge(session),
          onEmptyBin: () => void library.emptyBin(),
          onRestoreDemo: () => void library.restoreDemo(),
        }}
        files={
          <FilesPanel
            canExportAll={sessions.length > 0}
            onExportAll={(passphrase) => files.exportAll(passphrase).then(() => setBackedUp((count) => count + 1))}
            onImport={(file) => void files.importFile(file)}
            storage={storage}
            remindBackup={remindBackup}
            onStopReminding={() => {
              preferences.set(REMINDER_OFF, 'yes');
              setReminderOff(true);
            }}
          />
        }
      />
      {journey !== null && journeySessions && (
        <Suspense fallback={null}>
          <JourneyDialog
            pseudonym={journey}
            sessions={journeySessions}
            onClose={() => setJourney(null)}
            onOpenSession={(session) => navigate({ screen: session.finished || session.pseudonymised ? 'replay' : 'session', id: session.id })}
          />
        </Suspense>
      )}
      {exporting && (
        <ExportDialog
          client={client(exporting.session)}
          busy={exporting.busy}
          onCancel={() => setExporting(null)}
          onExport={(choice) => {
            setExporting({ ...exporting, busy: true });
            files.exportSession(exporting.session, choice).then(
              () => setExporting(null),
              (error: unknown) => {
                setExporting(null);
                setNotice({ kind: 'problem', text: t('library.actionFailed', { reason: describeError(error) }) });
              },
            );
          }}
        />
      )}
      {files.importing.step === 'passphrase' && (
        <PassphraseDialog
          problem={files.importing.problem}
          busy={files.importing.busy}
          onCancel={files.cancelImport}
          onOpen={(passphrase) => void files.unlock(passphrase)}
        />
      )}
      {conflict && (
        <ConflictDialog
          client={conflict.info.clientPseudonym || t('library.noPseudonym')}
          onCancel={files.cancelImport}
          onKeepBoth={() => void files.resolveConflict(false)}
          onReplace={() => void files.resolveConflict(true)}
        />
      )}
    </>
  );
}
