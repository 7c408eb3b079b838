import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPlaybackController, type FrameDriver, type PlaybackController } from '../domain/replay/playback';
import { RoomSlot, useKeptRoom } from './KeptRoom';
import { exportOpenSession } from './library/exportOpenSession';
import { PlaybackContext } from '../store/PlaybackContext';
import { useResonansStore } from '../store/StoreContext';
import { AnalysisEntry } from '../ui/analysis/AnalysisEntry';
import { DrawingPanel } from '../ui/drawing/DrawingPanel';
import { FigureList } from '../ui/FigureList';
import { PlayButtons } from '../ui/replay/PlayButtons';
import { PlayerOptions } from '../ui/replay/PlayerOptions';
import { ReplayBadge } from '../ui/replay/ReplayBadge';
import { ReplayMarksList } from '../ui/replay/ReplayMarksList';
import { ReplayPanel } from '../ui/replay/ReplayPanel';
import { TimeTrack } from '../ui/replay/TimeTrack';
import { RoomLayout } from '../ui/RoomLayout';
import { useServices } from './services';
import { HostRemoteSide } from './remote/HostRemoteSide';
import { useSupervisionRoom } from './remote/useSupervisionRoom';
import { PresentEntry } from '../ui/remote/PresentEntry';

/** The panels follow the playhead at most this often while playing; the room follows every frame. */
const PANEL_INTERVAL_MS = 100;

const animationFrames: FrameDriver = {
  request: (callback) => requestAnimationFrame(() => callback()),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/** A read-only player over the open session's recording. */
export function ReplayView({ onBack, onExit }: { onBack: () => void; onExit: () => void }) {
  const { t } = useTranslation();
  const store = useResonansStore();
  const { now } = useServices();
  const [playback, setPlayback] = useState<PlaybackController | null>(null);
  const playButton = useRef<HTMLButtonElement>(null);
  // A supervisor's room lasts as long as this replay is open.
  const supervision = useSupervisionRoom(store);
  const keptRoom = useKeptRoom();

  // Replay only shows: a figure chosen in the list or the room would look ready to be moved.
  useEffect(
    () =>
      store.subscribe((state) => {
        if (state.replay && state.selectedFigureId !== null) state.select(null);
      }),
    [store],
  );

  // Before the screen paints: the room stays where the editing view left it, and shows the replay in its next frame.
  useLayoutEffect(() => {
    store.getState().openReplay(0);
    const index = store.getState().replay?.index;
    if (!index) return;
    const controller = createPlaybackController({ durationMs: index.durationMs, driver: animationFrames, now: () => performance.now() });
    let shownAt = Number.NEGATIVE_INFINITY;
    const unsubscribe = controller.subscribe((time, playing) => {
      const at = performance.now();
      if (playing && at - shownAt < PANEL_INTERVAL_MS && time < controller.durationMs) return;
      shownAt = at;
      store.getState().showReplayTime(time, playing);
    });
    setPlayback(controller);
    keptRoom?.sharePlayback(controller);
    return () => {
      unsubscribe();
      controller.dispose();
      store.getState().closeReplay();
      setPlayback(null);
      keptRoom?.sharePlayback(null);
    };
  }, [store, keptRoom]);

  // The keyboard starts on Play, which sits in the header; this runs after RoomLayout's own first focus.
  useEffect(() => playButton.current?.focus(), [playback]);

  if (!playback) return null;
  return (
    <PlaybackContext.Provider value={playback}>
      <RoomLayout
        onBack={onBack}
        onExportNow={(passphrase) => void exportOpenSession(store, now(), passphrase)}
        headerTools={
          <>
            <PlayButtons playback={playback} playRef={playButton} />
            <button type="button" onClick={onExit}>
              {t('replay.exit')}
            </button>
          </>
        }
        menu={
          <>
            <PlayerOptions playback={playback} />
            <PresentEntry onPresent={supervision.showInvite} />
          </>
        }
        room={
          <>
            <RoomSlot label={t('room.canvasLabel')} />
            <ReplayBadge />
          </>
        }
        tools={<TimeTrack playback={playback} />}
        side={
          <>
            <HostRemoteSide control={supervision} who="supervisor" />
            <AnalysisEntry />
            <ReplayMarksList />
            <ReplayPanel />
            <FigureList />
            <DrawingPanel />
          </>
        }
      />
    </PlaybackContext.Provider>
  );
}
