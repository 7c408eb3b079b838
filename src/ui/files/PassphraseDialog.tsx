import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogActions } from '../DialogActions';
import { DialogOutcome } from '../DialogOutcome';
import { ModalDialog } from '../ModalDialog';

/** Asks for the passphrase of a protected file; a wrong one is said plainly and can be tried again. */
export function PassphraseDialog({
  problem,
  busy,
  onOpen,
  onCancel,
}: {
  problem: string | null;
  busy: boolean;
  onOpen: (passphrase: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onOpen(passphrase);
  };
  return (
    <ModalDialog title={t('files.passphraseTitle')} onCancel={onCancel}>
      <form onSubmit={submit}>
        <p>{t('files.passphraseBody')}</p>
        <label htmlFor={`${id}-pass`}>{t('files.passphrase')}</label>
        <input id={`${id}-pass`} type="password" autoComplete="current-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />
        <DialogOutcome problem={problem} busy={busy} busyText={t('files.importing')} />
        <DialogActions onCancel={onCancel} submitLabel={t('files.open')} busy={busy} />
      </form>
    </ModalDialog>
  );
}
