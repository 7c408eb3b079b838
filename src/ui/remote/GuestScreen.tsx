import './remote.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuestRoomStatus } from '../../sync/remoteRoom';
import { FigureList } from '../FigureList';
import { HeaderMenu } from '../HeaderMenu';
import { LanguagePicker } from '../LanguagePicker';
import { ViewTools } from '../ViewTools';

interface GuestScreenProps {
  readonly status: GuestRoomStatus;
  /** A class of this page's own, beside the shared ones. */
  readonly className?: string;
  /** Who invited, as the page's heading. */
  readonly title: string;
  /** One line under the heading: what the guest may do, or what is shown. */
  readonly subtitle: ReactNode;
  /** Above the room: the phase (and time) the therapist shows. */
  readonly moment: ReactNode;
  readonly room: ReactNode;
  readonly onLeave: () => void;
}

/**
 * The guest's page around the room, live or presented: heading, leave, language, a calm line
 * when the link is lost, the room seen their own way and the list of figures.
 */
export function GuestScreen({ status, className, title, subtitle, moment, room, onLeave }: GuestScreenProps) {
  const { t } = useTranslation();
  return (
    <div className={className ? `room-screen guest-live ${className}` : 'room-screen guest-live'}>
      <header className="room-header">
        <div className="room-title">
          <div className="room-title-line">
            <h1>{title}</h1>
          </div>
          {subtitle}
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
          {moment}
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
