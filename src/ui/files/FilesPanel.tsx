import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPTED_FILES } from '../../domain/format/resonansFile';
import { ExportAllDialog } from './ExportAllDialog';

interface FilesPanelProps {
  /** Writes the backup, encrypted when the passphrase is not empty; settles when the file is handed over or the export failed. */
  readonly onExportAll: (passphrase: string) => Promise<unknown>;
  readonly onImport: (file: File) => void;
  readonly canExportAll: boolean;
  readonly storage: { readonly usedBytes: number | null; readonly persistent: boolean | null };
  readonly remindBackup: boolean;
  readonly onStopReminding: () => void;
}

/** Backups out, files in, and how much this device keeps: the therapist's safety net. */
export function FilesPanel({ onExportAll, onImport, canExportAll, storage, remindBackup, onStopReminding }: FilesPanelProps) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const [exporting, setExporting] = useState<'no' | 'asking' | 'busy'>('no');
  const size =
    storage.usedBytes === null
      ? null
      : new Intl.NumberFormat(i18n.language, { style: 'unit', unit: storage.usedBytes > 1e6 ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(
          storage.usedBytes / (storage.usedBytes > 1e6 ? 1e6 : 1e3),
        );
  return (
    <section className="files-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('files.heading')}</h2>
      {remindBackup && (
        <div className="reminder" role="note">
          <p>{t('files.backupReminder')}</p>
          <button type="button" className="small" onClick={onStopReminding}>
            {t('files.backupReminderOff')}
          </button>
        </div>
      )}
      <div className="button-row">
        <button type="button" onClick={() => setExporting('asking')} disabled={!canExportAll} aria-describedby={`${headingId}-all`}>
          {t('files.exportAll')}
        </button>
        <button type="button" onClick={() => input.current?.click()} aria-describedby={`${headingId}-import`}>
          {t('files.import')}
        </button>
        <input
          ref={input}
          type="file"
          accept={ACCEPTED_FILES}
          hidden
          aria-label={t('files.import')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onImport(file);
            event.target.value = '';
          }}
        />
      </div>
      <p id={`${headingId}-all`} className="hint">
        {t('files.exportAllHint')}
      </p>
      <p id={`${headingId}-import`} className="hint">
        {t('files.importHint')}
      </p>
      {size !== null && (
        <p className="hint">
          {t('storage.used', { used: size })}{' '}
          {storage.persistent === true ? t('storage.persistent') : storage.persistent === false ? t('storage.notPersistent') : null}
        </p>
      )}
      {exporting !== 'no' && (
        <ExportAllDialog
          busy={exporting === 'busy'}
          onCancel={() => setExporting('no')}
          onExport={(passphrase) => {
            setExporting('busy');
            void onExportAll(passphrase).finally(() => setExporting('no'));
          }}
        />
      )}
    </section>
  );
}
