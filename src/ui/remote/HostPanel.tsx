import './remote.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureId } from '../../domain/model/ids';
import { useShownLabel, useShownOrder } from '../../i18n/useShownLabel';
import { selectOrder } from '../../store/selectors';
import { useResonans } from '../../store/StoreContext';
import type { HostRoom, HostRoomStatus, RemotePermission } from '../../sync/remoteRoom';
import { SideSection } from '../SideSection';
import type { HostRoomControl } from './hostRoomControl';
import { RoomGuests } from './RoomGuests';
import { ShownToGuest } from './ShownToGuest';
import { useRoomStatus } from './useRoomStatus';

const PERMISSIONS: readonly RemotePermission[] = ['everything', 'handedOver', 'watch'];

/**
 * The therapist's side of the live room, at the top of the side panel while a room is open: the
 * connection, who knocks and who is in, who may move what, and the ways to take the room back or
 * end it. Every decision is one button or one choice, by keyboard or touch.
 */
export function HostPanel({ control }: { control: HostRoomControl }) {
  const { t } = useTranslation();
  if (!control.room) {
    return control.ended ? (
      <p className="remote-ended" role="status">
        {t('remote.ended')}
      </p>
    ) : null;
  }
  return (
    <SideSection title={t('remote.title')} className="host-panel">
      <HostRoomState room={control.room} onShowLink={control.showInvite} onEnd={() => void control.end()} />
    </SideSection>
  );
}

function HostRoomState({ room, onShowLink, onEnd }: { room: HostRoom; onShowLink: () => void; onEnd: () => void }) {
  const { t } = useTranslation();
  const status = useRoomStatus(room);
  const mayTakeBack = status.permission !== 'watch';
  const refused = status.refusedMessages ?? 0;
  return (
    <div className="panel host-room">
      <p role="status" className={`remote-connection ${status.connection}`}>
        {t(`remote.connection.${status.connection}`)}
      </p>
      <RoomGuests room={room} status={status} who="client" />
      {refused > 0 && <p className="hint">{t('remote.refusedMessages', { count: refused })}</p>}
      <PermissionChoice room={room} status={status} />
      <ShownToGuest />
      <div className="host-room-actions">
        <button type="button" onClick={() => room.takeBack()} disabled={!mayTakeBack} title={t('remote.takeBackHint')}>
          {t('remote.takeBack')}
        </button>
        <button type="button" onClick={onShowLink}>
          {t('remote.showLink')}
        </button>
        <button type="button" className="danger" onClick={onEnd}>
          {t('remote.end')}
        </button>
      </div>
    </div>
  );
}

function PermissionChoice({ room, status }: { room: HostRoom; status: HostRoomStatus }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <>
      <fieldset className="remote-permission">
        <legend>{t('remote.permission')}</legend>
        {PERMISSIONS.map((permission) => (
          <label key={permission}>
            <input type="radio" name={name} checked={status.permission === permission} onChange={() => room.setPermission(permission)} />
            <span>{t(`remote.permissions.${permission}`)}</span>
          </label>
        ))}
      </fieldset>
      {status.permission === 'handedOver' && <HandOver room={room} handedOver={status.handedOver} />}
    </>
  );
}

function HandOver({ room, handedOver }: { room: HostRoom; handedOver: readonly FigureId[] }) {
  const { t } = useTranslation();
  const order = useShownOrder(useResonans(selectOrder));
  const figures = useResonans((state) => state.room.figures);
  return (
    <fieldset className="remote-hand-over">
      <legend>{t('remote.handOver')}</legend>
      {handedOver.length === 0 && <p className="hint">{t('remote.handOverNone')}</p>}
      {order
        .filter((id) => !figures[id]?.released)
        .map((id) => (
          <HandOverChoice key={id} id={id} checked={handedOver.includes(id)} onChange={(given) => room.handOver(id, given)} />
        ))}
    </fieldset>
  );
}

function HandOverChoice({ id, checked, onChange }: { id: FigureId; checked: boolean; onChange: (handedOver: boolean) => void }) {
  const label = useShownLabel(id);
  return (
    <label>
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
