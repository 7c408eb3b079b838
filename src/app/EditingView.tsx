import { useTranslation } from 'react-i18next';
import { LazyRoomCanvas } from './LazyRoomCanvas';
import { exportOpenSession } from './library/exportOpenSession';
import { isFrozen } from '../store/selectors';
import { useResonans, useResonansStore } from '../store/StoreContext';
import { AddFigurePanel } from '../ui/AddFigurePanel';
import { FigureList } from '../ui/FigureList';
import { FigurePanel } from '../ui/FigurePanel';
import { PresentationTools } from '../ui/PresentationTools';
import { RoomAnnouncer } from '../ui/RoomAnnouncer';
import { RoomLayout } from '../ui/RoomLayout';
import { RoomToolbar } from '../ui/RoomToolbar';
import { PausedBadge } from '../ui/session/PausedBadge';
import { PhaseBar } from '../ui/session/PhaseBar';
import { SessionPanel } from '../ui/session/SessionPanel';
import { useServices } from './services';
import { useUndoShortcuts } from './useUndoShortcuts';

/** The live session: the room, its phases, and every tool the moment needs. */
export function EditingView({ onBack, onReplay }: { onBack: () => void; onReplay: () => void }) {
  const { t } = useTranslation();
  const store = useResonansStore();
  const { now } = useServices();
  const frozen = useResonans(isFrozen);
  useUndoShortcuts(store);
  return (
    <RoomLayout
      onBack={onBack}
      onExportNow={() => exportOpenSession(store, now())}
      presentationTools={<PresentationTools />}
      room={
        <>
          <LazyRoomCanvas label={t('room.canvasLabel')} />
          <PausedBadge />
        </>
      }
      tools={
        <>
          <RoomToolbar />
          <PhaseBar />
        </>
      }
      side={
        <>
          <RoomAnnouncer />
          <FigureList />
          {!frozen && <FigurePanel />}
          <SessionPanel now={now} onReplay={onReplay} />
          {!frozen && <AddFigurePanel />}
        </>
      }
    />
  );
}
