import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useShownHeading } from '../i18n/useShownLabel';
import { useResonans } from '../store/StoreContext';
import { LanguagePicker } from './LanguagePicker';
import { SaveIndicator } from './SaveIndicator';
import { StorageLostBanner } from './StorageLostBanner';

interface RoomLayoutProps {
  readonly room: ReactNode;
  /** Exports the open session from memory, offered when storage is lost. */
  readonly onExportNow: () => void;
  /** The few controls shown in presentation, over the room. */
  readonly presentationTools?: ReactNode;
  readonly tools: ReactNode;
  readonly side: ReactNode;
  readonly onBack: () => void;
}

/** The room screen: the 3D room in the middle, the tools above it, the figures and panels beside it. */
export function RoomLayout({ room, tools, side, onBack, onExportNow, presentationTools }: RoomLayoutProps) {
  const { t } = useTranslation();
  const heading = useShownHeading();
  const readOnly = useResonans((state) => state.readOnly);
  const presenting = useResonans((state) => state.presenting) && presentationTools !== undefined;
  if (presenting) {
    return (
      <div className="room-screen presenting">
        <main className="room-main">
          <div className="room-canvas">{room}</div>
        </main>
        <div className="presentation-tools" role="toolbar" aria-label={t('room.toolbar')}>
          {presentationTools}
        </div>
      </div>
    );
  }
  return (
    <div className="room-screen">
      <header className="room-header">
        <button type="button" className="back" onClick={onBack}>
          {t('room.backToSessions')}
        </button>
        <div className="room-title">
          <h1>{heading.client}</h1>
          <p className="intention">{heading.intention}</p>
        </div>
        <SaveIndicator />
        <LanguagePicker />
      </header>
      <StorageLostBanner onExport={onExportNow} />
      {readOnly && (
        <p className="banner" role="status">
          {t('storage.readOnlyTab')}
        </p>
      )}
      <div className="room-tools">{tools}</div>
      <main className="room-main">
        <div className="room-canvas">{room}</div>
        <aside className="room-side">{side}</aside>
      </main>
    </div>
  );
}
