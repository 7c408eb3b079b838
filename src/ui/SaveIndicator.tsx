import { useTranslation } from 'react-i18next';
import { useResonans } from '../store/StoreContext';

/** Says quietly whether the room is kept on this device; a failure is said plainly. */
export function SaveIndicator() {
  const { t } = useTranslation();
  const status = useResonans((state) => state.saveStatus);
  const error = useResonans((state) => state.saveError);
  if (status === 'failed') {
    return (
      <p role="alert" className="save-indicator failed">
        {t('room.saveFailed', { reason: error ?? t('errors.unknown') })}
      </p>
    );
  }
  return (
    <p role="status" className="save-indicator" data-status={status}>
      {status === 'saving' ? t('room.saving') : status === 'saved' ? t('room.saved') : ''}
    </p>
  );
}
