import { useTranslation } from 'react-i18next';
import { menuStepsAside } from './menuStepsAside';

/** "Present to a supervisor" in the replay's "More" menu: a replay only shows, so it is always offered. */
export function PresentEntry({ onPresent }: { onPresent: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="invite-entry"
      onClick={(event) => {
        menuStepsAside(event);
        onPresent();
      }}
    >
      {t('remote.present.entry')}
    </button>
  );
}
