import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useResonans } from '../../store/StoreContext';
import type { GuestRoomStatus } from '../../sync/remoteRoom';
import { usePhaseNames } from '../session/usePhaseNames';
import { GuestScreen } from './GuestScreen';

/** One sentence on what the client may do now, as the therapist decided. */
function mayMoveKey(status: GuestRoomStatus) {
  if (status.permission === 'handedOver') return status.handedOver.length > 0 ? 'handedOver' : 'handedOverNone';
  return status.permission;
}

/**
 * The client in the room: the same room, seen their own way (3D, from above, from a figure),
 * the figures to move by keyboard, and what they may move. No notes, no library, no export.
 */
export function GuestLive({ status, room, onLeave }: { status: GuestRoomStatus; room: ReactNode; onLeave: () => void }) {
  const { t } = useTranslation();
  return (
    <GuestScreen
      status={status}
      title={status.hostName ? t('remote.guest.with', { name: status.hostName }) : t('remote.guest.withTherapist')}
      subtitle={
        <p className="intention" role="status">
          {t(`remote.guest.mayMove.${mayMoveKey(status)}`)}
        </p>
      }
      moment={<GuestPhase />}
      room={room}
      onLeave={onLeave}
    />
  );
}

/** The phase the therapist has reached, shown to the client and never changed from here. */
function GuestPhase() {
  const { t } = useTranslation();
  const names = usePhaseNames(useResonans((state) => state.session?.template));
  const phase = useResonans((state) => state.progress.phase);
  const name = names[phase];
  if (!name) return null;
  return <p className="room-tools guest-phase">{t('remote.guest.phase', { number: phase + 1, count: names.length, name })}</p>;
}
