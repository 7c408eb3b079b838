import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

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
  const dialog = useRef<HTMLDialogElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const id = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onOpen(passphrase);
  };
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>{t('files.passphraseTitle')}</h2>
        <p>{t('files.passphraseBody')}</p>
        <label htmlFor={`${id}-pass`}>{t('files.passphrase')}</label>
        <input id={`${id}-pass`} type="password" autoComplete="current-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />
        {problem && (
          <p role="alert" className="error">
            {problem}
          </p>
        )}
        {busy && <p role="status">{t('files.importing')}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('library.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('files.open')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
