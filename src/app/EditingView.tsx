import { useTranslation } from 'react-i18next';
import { RoomSlot } from './KeptRoom';
import { exportOpenSession } from './library/exportOpenSession';
import { isFrozen } from '../store/selectors';
import { useResonans, useResonansStore } from '../store/StoreContext';
import { AddFigurePanel } from '../ui/AddFigurePanel';
import { DrawingPanel } from '../ui/drawing/DrawingPanel';
import { FigureList } from '../ui/FigureList';
import { FigurePanel } from '../ui/FigurePanel';
import { PresentationTools } from '../ui/PresentationTools';
import { RoomAnnouncer } from '../ui/RoomAnnouncer';
import { RoomLayout } from '../ui/RoomLayout';
import { RoomToolbar } from '../ui/RoomToolbar';
import { PausedBadge } from '../ui/session/PausedBadge';
import { PhaseBar } from '../ui/session/PhaseBar';
import { PhaseTools, useAddingLeads } from '../ui/session/PhaseTools';
import { SessionPanel } from '../ui/session/SessionPanel';
import { ViewTools } from '../ui/ViewTools';
import { useServices } from './services';
import { useEscapeDeselects } from './useEscapeDeselects';
import { HostRemoteSide } from './remote/HostRemoteSide';
import { useHostRoom } from './remote/useHostRoom';
import { InviteEntry } from '../ui/remote/InviteEntry';
import { useUndoShortcuts } from './useUndoShortcuts';

/**
 * The live session: the room, its phases, and every tool the moment needs. The side panel leads
 * with the phase's own tools, then the figures and the one selected, so the main action of each
 * phase is in view without scrolling.
 */
export function EditingView({ onBack, onReplay }: { onBack: () => void; onReplay: () => void }) {
  const { t } = useTranslation();
  const store = useResonansStore();
  const { now } = useServices();
  const frozen = useResonans(isFrozen);
  const hasSelection = useResonans((state) => state.selectedFigureId !== null);
  const addingLeads = useAddingLeads();
  useUndoShortcuts(store);
  const remote = useHostRoom(store);
  useEscapeDeselects(store);
  return (
    <RoomLayout
      onBack={onBack}
      onExportNow={(passphrase) => void exportOpenSession(store, now(), passphrase)}
      presentationTools={<PresentationTools />}
      room={
        <>
          <RoomSlot label={t('room.canvasLabel')} />
          <PausedBadge />
        </>
      }
      initialFocus="figures"
      headerTools={<RoomToolbar />}
      menu={<InviteEntry onInvite={remote.showInvite} />}
      viewTools={<ViewTools />}
      tools={<PhaseBar />}
      side={
        <>
          <RoomAnnouncer />
          <HostRemoteSide control={remote} />
          <PhaseTools />
          <FigureList />
          <DrawingPanel />
          {!frozen && hasSelection && <FigurePanel />}
          {!frozen && !addingLeads && <AddFigurePanel />}
          <SessionPanel now={now} onReplay={onReplay} />
        </>
      }
    />
  );
}
