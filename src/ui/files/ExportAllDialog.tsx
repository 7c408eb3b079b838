import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogActions } from '../DialogActions';
import { DialogOutcome } from '../DialogOutcome';
import { ModalDialog } from '../ModalDialog';
import { NO_PROTECTION, passphraseOf, type Protection, ProtectionFields, protectionProblem } from './ProtectionFields';

/** "Export all": the backup of every session, protected with a passphrase if the therapist chooses. */
export function ExportAllDialog({ busy, onExport, onCancel }: { busy: boolean; onExport: (passphrase: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [protection, setProtection] = useState<Protection>(NO_PROTECTION);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wrong = protectionProblem(protection);
    if (wrong) return setProblem(t(wrong));
    onExport(passphraseOf(protection));
  };
  return (
    <ModalDialog title={t('fileSafety.exportAllTitle')} onCancel={onCancel}>
      <form onSubmit={submit} noValidate>
        <p className="hint">{t('fileSafety.exportAllIntro')}</p>
        <ProtectionFields value={protection} onChange={setProtection} />
        <DialogOutcome problem={problem} busy={busy} busyText={t('files.working')} />
        <DialogActions onCancel={onCancel} submitLabel={t('files.save')} busy={busy} />
      </form>
    </ModalDialog>
  );
}
