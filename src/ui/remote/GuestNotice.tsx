import { useTranslation } from 'react-i18next';
import type { GuestRoomStatus } from '../../sync/remoteRoom';
import { GuestPage, InvitedBy } from './GuestPage';

/** What the client is told outside the room: waiting to be let in, or why the room is closed to them. */
export type GuestNoticeKind = 'waiting' | 'refused' | 'ended' | 'left' | 'badLink';

export function GuestNotice({ kind, status }: { kind: GuestNoticeKind; status?: GuestRoomStatus }) {
  const { t } = useTranslation();
  const lost = status?.connection === 'reconnecting';
  return (
    <GuestPage>
      {kind === 'waiting' && (
        <>
          <InvitedBy hostName={status?.hostName ?? ''} />
          <p role="status">{status?.connection === 'connecting' ? t('remote.guest.connecting') : t('remote.guest.waiting')}</p>
          {lost && <p className="hint">{t('remote.guest.lost')}</p>}
          <p className="hint">{t('remote.guest.keepsNothing')}</p>
        </>
      )}
      {kind !== 'waiting' && <p role="status">{kind === 'ended' && status?.replaying ? t('remote.present.guest.ended') : t(`remote.guest.${kind}`)}</p>}
    </GuestPage>
  );
}
