import { useTranslation } from 'react-i18next';

/** Cancel and the dialog's one action, which submits its form. */
export function DialogActions({ onCancel, submitLabel, busy = false }: { onCancel: () => void; submitLabel: string; busy?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="dialog-actions">
      <button type="button" onClick={onCancel}>
        {t('library.cancel')}
      </button>
      <button type="submit" className="primary" disabled={busy}>
        {submitLabel}
      </button>
    </div>
  );
}
