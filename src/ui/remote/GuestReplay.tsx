import './remote.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useResonans } from '../../store/StoreContext';
import type { GuestRoomStatus } from '../../sync/remoteRoom';
import { durationText } from '../durationText';
import { FigureList } from '../FigureList';
import { HeaderMenu } from '../HeaderMenu';
import { LanguagePicker } from '../LanguagePicker';
import { usePhaseNames } from '../session/usePhaseNames';
import { ViewTools } from '../ViewTools';

/**
 * Supervision at a distance, as the supervisor sees it: the supervision copy the therapist
 * presents, at the therapist's playhead. It only shows: no player, no notes, nothing to change;
 * the supervisor chooses only how to look (3D or from above).
 */
export function GuestReplay({ status, room, onLeave }: { status: GuestRoomStatus; room: ReactNode; onLeave: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="room-screen guest-live guest-replay">
      <header className="room-header">
        <div className="room-title">
          <div className="room-title-line">
            <h1>{status.hostName ? t('remote.present.guest.with', { name: status.hostName }) : t('remote.present.guest.withTherapist')}</h1>
          </div>
          <p className="intention">{t('remote.present.guest.copy')}</p>
        </div>
        <button type="button" onClick={onLeave}>
          {t('remote.guest.leave')}
        </button>
        <HeaderMenu>
          <LanguagePicker />
        </HeaderMenu>
      </header>
      {status.connection === 'reconnecting' && (
        <p className="banner remote-lost" role="status">
          {t('remote.guest.lost')}
        </p>
      )}
      <div className="room-body">
        <main className="room-column" id="room">
          <ReplayMoment />
          <div className="room-stage">
            <div className="room-canvas">{room}</div>
            <ViewTools />
          </div>
        </main>
        <aside className="room-side">
          <FigureList />
        </aside>
      </div>
    </div>
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
