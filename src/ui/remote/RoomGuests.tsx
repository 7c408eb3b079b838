import { useTranslation } from 'react-i18next';
import type { HostRoom, HostRoomStatus } from '../../sync/remoteRoom';

/** Whom the therapist lets into the room: the client in a live session, or a supervisor to a replay. */
export type RoomGuest = 'client' | 'supervisor';

/** Who knocks (each with "Admit" and "Not now"), who is in, and whether their link dropped. */
export function RoomGuests({ room, status, who }: { room: HostRoom; status: HostRoomStatus; who: RoomGuest }) {
  const { t } = useTranslation();
  const { admitted, waiting } = status;
  const client = who === 'client';
  const waitingText = (name: string) => (name ? t('remote.waitingNamed', { name }) : client ? t('remote.waiting') : t('remote.present.waiting'));
  const inRoomText = (name: string) =>
    client ? (name ? t('remote.inRoomNamed', { name }) : t('remote.inRoom')) : name ? t('remote.present.inRoomNamed', { name }) : t('remote.present.inRoom');
  return (
    <>
      {waiting.map((guest) => (
        <div key={guest.guestId} className="remote-waiting" role="group" aria-label={waitingText(guest.name)}>
          <p>{waitingText(guest.name)}</p>
          <div className="remote-waiting-actions">
            <button type="button" className="primary" onClick={() => room.admit(guest.guestId)}>
              {t('remote.admit')}
            </button>
            <button type="button" onClick={() => room.refuse(guest.guestId)}>
              {t('remote.notNow')}
            </button>
          </div>
        </div>
      ))}
      {admitted && <p>{inRoomText(admitted.name)}</p>}
      {admitted && status.guestAway && <p className="hint">{client ? t('remote.guestAway') : t('remote.present.away')}</p>}
      {!admitted && waiting.length === 0 && <p className="hint">{t('remote.nobody')}</p>}
    </>
  );
}
