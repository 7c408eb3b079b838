import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PSEUDONYM_LENGTH } from '../../domain/model/session';

/** Asks for the client's new pseudonym; Escape or Cancel leaves it as it was. */
export function RenameDialog({ current, onSave, onCancel }: { current: string; onSave: (name: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(current);
  const titleId = useId();
  const inputId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(name);
  };
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={titleId}>{t('library.renameTitle')}</h2>
        <label htmlFor={inputId}>{t('library.renameLabel')}</label>
        <input id={inputId} type="text" value={name} maxLength={MAX_PSEUDONYM_LENGTH} onChange={(event) => setName(event.target.value)} />
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('library.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('library.renameSave')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
