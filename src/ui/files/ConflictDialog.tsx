import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../ModalDialog';

/** An imported session that is already here: keep both (the file's gets a new id) or replace. */
export function ConflictDialog({
  client,
  onKeepBoth,
  onReplace,
  onCancel,
}: {
  client: string;
  onKeepBoth: () => void;
  onReplace: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const keep = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog title={t('files.conflictTitle')} onCancel={onCancel} initialFocus={keep}>
      <p>{t('files.conflictBody', { client })}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('library.cancel')}
        </button>
        <button type="button" onClick={onReplace}>
          {t('files.replace')}
        </button>
        <button ref={keep} type="button" className="primary" onClick={onKeepBoth}>
          {t('files.keepBoth')}
        </button>
      </div>
    </ModalDialog>
  );
}
