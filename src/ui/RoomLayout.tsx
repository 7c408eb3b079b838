import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useResonans } from '../store/StoreContext';
import { AddFigurePanel } from './AddFigurePanel';
import { FigureList } from './FigureList';
import { FigurePanel } from './FigurePanel';
import { RoomToolbar } from './RoomToolbar';
import { SaveIndicator } from './SaveIndicator';

/** The room screen: the 3D room in the middle, the tools above, the figures beside it. */
export function RoomLayout({ room, onBack }: { room: ReactNode; onBack: () => void }) {
  const { t } = useTranslation();
  const session = useResonans((state) => state.session);
  return (
    <div className="room-screen">
      <header className="room-header">
        <button type="button" className="back" onClick={onBack}>
          {t('room.backToSessions')}
        </button>
        <div className="room-title">
          <h1>{session?.clientPseudonym || t('library.noPseudonym')}</h1>
          <p className="intention">{session?.intention}</p>
        </div>
        <SaveIndicator />
      </header>
      <RoomToolbar />
      <main className="room-main">
        <div className="room-canvas">{room}</div>
        <aside className="room-side">
          <FigureList />
          <FigurePanel />
          <AddFigurePanel />
        </aside>
      </main>
    </div>
  );
}
