import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPlaybackController, type FrameDriver, type PlaybackController } from '../domain/replay/playback';
import { phaseStarts } from '../domain/replay/stateAt';
import { LazyRoomCanvas } from './LazyRoomCanvas';
import { exportOpenSession } from './library/exportOpenSession';
import { PlaybackContext } from '../store/PlaybackContext';
import { useResonans, useResonansStore } from '../store/StoreContext';
import { FigureList } from '../ui/FigureList';
import { PlayerControls } from '../ui/replay/PlayerControls';
import { ReplayBadge } from '../ui/replay/ReplayBadge';
import { ReplayMarksList } from '../ui/replay/ReplayMarksList';
import { ReplayPanel } from '../ui/replay/ReplayPanel';
import { RoomLayout } from '../ui/RoomLayout';
import { PhaseBar } from '../ui/session/PhaseBar';
import { useServices } from './services';

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
  const phase = useResonans((state) => state.replay?.state.phase ?? 0);
  const index = useResonans((state) => state.replay?.index);
  const starts = useMemo(() => (index ? phaseStarts(index) : []), [index]);
  const phaseBar = useMemo(
    () => ({
      phase,
      reached: new Set(starts.map((start) => start.phase)),
      jump: (to: number) => playback?.seek(starts.find((start) => start.phase === to)?.t ?? 0),
    }),
    [phase, starts, playback],
  );

  // Replay only shows: a figure chosen in the list or the room would look ready to be moved.
  useEffect(
    () =>
      store.subscribe((state) => {
        if (state.replay && state.selectedFigureId !== null) state.select(null);
      }),
    [store],
  );

  useEffect(() => {
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
    return () => {
      unsubscribe();
      controller.dispose();
      store.getState().closeReplay();
      setPlayback(null);
    };
  }, [store]);

  if (!playback) return null;
  return (
    <PlaybackContext.Provider value={playback}>
      <RoomLayout
        onBack={onBack}
        onExportNow={(passphrase) => void exportOpenSession(store, now(), passphrase)}
        headerTools={
          <button type="button" onClick={onExit}>
            {t('replay.exit')}
          </button>
        }
        room={
          <>
            <LazyRoomCanvas label={t('room.canvasLabel')} />
            <ReplayBadge />
          </>
        }
        tools={
          <>
            <PlayerControls playback={playback} />
            <PhaseBar replay={phaseBar} />
          </>
        }
        side={
          <>
            <ReplayMarksList />
            <ReplayPanel />
            <FigureList />
          </>
        }
      />
    </PlaybackContext.Provider>
  );
}
