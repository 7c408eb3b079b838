import './remote.css';
import { useTranslation } from 'react-i18next';
import type { HostRoom } from '../../sync/remoteRoom';
import { SideSection } from '../SideSection';
import type { HostRoomControl } from './hostRoomControl';
import { RoomGuests } from './RoomGuests';
import { useRoomStatus } from './useRoomStatus';

/**
 * The therapist's side of presenting a replay to a supervisor: the connection, who knocks and who
 * watches, and "Stop presenting". Stopping ends the room: the supervisor never sees the session itself.
 */
export function SupervisionPanel({ control }: { control: HostRoomControl }) {
  const { t } = useTranslation();
  if (!control.room) {
    return control.ended ? (
      <p className="remote-ended" role="status">
        {t('remote.present.stopped')}
      </p>
    ) : null;
  }
  return (
    <SideSection title={t('remote.present.title')} className="host-panel supervision-panel">
      <Presenting room={control.room} onShowLink={control.showInvite} onStop={() => void control.end()} />
    </SideSection>
  );
}

function Presenting({ room, onShowLink, onStop }: { room: HostRoom; onShowLink: () => void; onStop: () => void }) {
  const { t } = useTranslation();
  const status = useRoomStatus(room);
  const refused = status.refusedMessages ?? 0;
  return (
    <div className="panel host-room">
      <p role="status" className={`remote-connection ${status.connection}`}>
        {t(`remote.connection.${status.connection}`)}
      </p>
      <p className="hint">{t('remote.present.presenting')}</p>
      <RoomGuests room={room} status={status} who="supervisor" />
      {refused > 0 && <p className="hint">{t('remote.refusedMessages', { count: refused })}</p>}
      <div className="host-room-actions">
        <button type="button" onClick={onShowLink}>
          {t('remote.showLink')}
        </button>
        <button type="button" className="danger" onClick={onStop}>
          {t('remote.present.stop')}
        </button>
      </div>
    </div>
  );
}
