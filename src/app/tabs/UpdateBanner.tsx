import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../services';
import { NO_UPDATES } from './updates';
import './tabs.css';

/** A quiet note that a new version is ready; it starts only when the user reloads. */
export function UpdateBanner() {
  const { t } = useTranslation();
  const updates = useServices().updates ?? NO_UPDATES;
  const offered = useSyncExternalStore(updates.subscribe, updates.offered);
  if (!offered) return null;
  return (
    <aside className="update-offer" aria-label={t('tabs.update.label')}>
      <p role="status">{t('tabs.update.ready')}</p>
      <div className="update-actions">
        <button type="button" className="primary" onClick={updates.reload}>
          {t('tabs.update.reload')}
        </button>
        <button type="button" onClick={updates.later}>
          {t('tabs.update.later')}
        </button>
      </div>
    </aside>
  );
}
