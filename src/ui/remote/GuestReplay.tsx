import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useResonans } from '../../store/StoreContext';
import type { GuestRoomStatus } from '../../sync/remoteRoom';
import { durationText } from '../durationText';
import { usePhaseNames } from '../session/usePhaseNames';
import { GuestScreen } from './GuestScreen';

/**
 * Supervision at a distance, as the supervisor sees it: the supervision copy the therapist
 * presents, at the therapist's playhead. It only shows: no player, no notes, nothing to change;
 * the supervisor chooses only how to look (3D or from above).
 */
export function GuestReplay({ status, room, onLeave }: { status: GuestRoomStatus; room: ReactNode; onLeave: () => void }) {
  const { t } = useTranslation();
  return (
    <GuestScreen
      status={status}
      className="guest-replay"
      title={status.hostName ? t('remote.present.guest.with', { name: status.hostName }) : t('remote.present.guest.withTherapist')}
      subtitle={<p className="intention">{t('remote.present.guest.copy')}</p>}
      moment={<ReplayMoment />}
      room={room}
      onLeave={onLeave}
    />
  );
}

/** The phase and the time the therapist shows now, a few times a second while playing. */
function ReplayMoment() {
  const { t } = useTranslation();
  const names = usePhaseNames(useResonans((state) => state.session?.template));
  const phase = useResonans((state) => state.replay?.state.phase ?? 0);
  const time = useResonans((state) => state.replay?.t ?? 0);
  const duration = useResonans((state) => state.replay?.index.durationMs ?? 0);
  const playing = useResonans((state) => state.replay?.playing ?? false);
  const name = names[phase];
  return (
    <div className="room-tools guest-phase guest-replay-moment">
      {name && <p className="guest-replay-phase">{t('remote.guest.phase', { number: phase + 1, count: names.length, name })}</p>}
      <p className="guest-replay-time">
        <span>{t('remote.present.guest.time', { time: durationText(time), duration: durationText(duration) })}</span>
        <span className="hint">{playing ? t('remote.present.guest.playing') : t('remote.present.guest.paused')}</span>
      </p>
    </div>
  );
}
