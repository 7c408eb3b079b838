import type { StateCreator } from 'zustand';
import type { PlaybackSpeed } from '../domain/replay/playback';
import { indexRecording } from '../domain/replay/recordingIndex';
import { stateAt } from '../domain/replay/stateAt';
import type { ReplaySlice, ResonansState } from './storeTypes';

type Mutators = [['temporal', unknown]];

/**
 * Replay reads the open session's recording and never writes to it. The store holds what the
 * panels show (the playhead, at most ten times a second); the scene follows the playback
 * controller itself, frame by frame.
 */
export const createReplaySlice: StateCreator<ResonansState, Mutators, [], ReplaySlice> = (set, get) => ({
  replay: null,
  openReplay: (startAt = 0) => {
    const recording = get().recording;
    if (!recording) return;
    // A still picture of the recording as it is, the one opening the session built if nothing was added since.
    const index = indexRecording(recording);
    const t = Math.max(0, Math.min(index.durationMs, startAt));
    set({
      replay: { index, t, playing: false, speed: 1, state: stateAt(index, t), ghostPhase: null, trails: true },
      drag: null,
      // A chosen figure would look ready to move; replay only shows.
      selectedFigureId: null,
      viewMode: get().viewMode === 'figure' ? 'room' : get().viewMode,
    });
  },
  closeReplay: () => set({ replay: null, selectedFigureId: null }),
  showReplayTime: (t, playing) => {
    const replay = get().replay;
    if (!replay) return;
    set({ replay: { ...replay, t, playing, state: stateAt(replay.index, t, replay.state) } });
  },
  setReplaySpeed: (speed: PlaybackSpeed) => {
    const replay = get().replay;
    if (replay) set({ replay: { ...replay, speed } });
  },
  setGhostPhase: (ghostPhase) => {
    const replay = get().replay;
    if (replay) set({ replay: { ...replay, ghostPhase } });
  },
  setTrails: (trails) => {
    const replay = get().replay;
    if (replay) set({ replay: { ...replay, trails } });
  },
});
