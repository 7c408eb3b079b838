import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PSEUDONYM_LENGTH } from '../../domain/model/session';
import { DialogActions } from '../DialogActions';
import { ModalDialog } from '../ModalDialog';

/** Asks for the client's new pseudonym; Escape or Cancel leaves it as it was. */
export function RenameDialog({ current, onSave, onCancel }: { current: string; onSave: (name: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(current);
  const inputId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(name);
  };
  return (
    <ModalDialog title={t('library.renameTitle')} onCancel={onCancel}>
      <form onSubmit={submit}>
        <label htmlFor={inputId}>{t('library.renameLabel')}</label>
        <input id={inputId} type="text" value={name} maxLength={MAX_PSEUDONYM_LENGTH} onChange={(event) => setName(event.target.value)} />
        <DialogActions onCancel={onCancel} submitLabel={t('library.renameSave')} />
      </form>
    </ModalDialog>
  );
}
