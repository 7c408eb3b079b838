import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

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
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    keep.current?.focus();
    return () => element?.close();
  }, []);
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
      <h2 id={`${id}-title`}>{t('files.conflictTitle')}</h2>
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
    </dialog>
  );
}
