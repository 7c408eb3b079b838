import { useTranslation } from 'react-i18next';
import { isFrozen } from '../../store/selectors';
import { useResonans } from '../../store/StoreContext';

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
        // The "More" menu steps aside for the dialog.
        const menu = event.currentTarget.closest<HTMLElement>('[popover]');
        if (menu && typeof menu.hidePopover === 'function') menu.hidePopover();
        onInvite();
      }}
    >
      {t('remote.invite')}
    </button>
  );
}
