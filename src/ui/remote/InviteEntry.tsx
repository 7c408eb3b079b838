import { useTranslation } from 'react-i18next';
import { isFrozen } from '../../store/selectors';
import { useResonans } from '../../store/StoreContext';
import { menuStepsAside } from './menuStepsAside';

/** "Invite" in the room's "More" menu: offered only while the session may change. */
export function InviteEntry({ onInvite }: { onInvite: () => void }) {
  const { t } = useTranslation();
  const frozen = useResonans(isFrozen);
  if (frozen) return null;
  return (
    <button
      type="button"
      className="invite-entry"
      onClick={(event) => {
        menuStepsAside(event);
        onInvite();
      }}
    >
      {t('remote.invite')}
    </button>
  );
}
