import { useTranslation } from 'react-i18next';
import { useResonans } from '../store/StoreContext';

/** Said plainly when the browser's storage is gone: the open session is kept here and can be exported. */
export function StorageLostBanner({ onExport }: { onExport: () => void }) {
  const { t } = useTranslation();
  const lost = useResonans((state) => state.storageLost);
  const open = useResonans((state) => state.session !== null);
  if (!lost) return null;
  return (
    <div className="banner lost" role="alert">
      <p>{t('storage.lost')}</p>
      {open && (
        <button type="button" className="primary" onClick={onExport}>
          {t('storage.exportNow')}
        </button>
      )}
    </div>
  );
}
