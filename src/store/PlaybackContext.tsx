import { createContext, useContext } from 'react';
import type { PlaybackController } from '../domain/replay/playback';

/** The playback controller of the open replay, shared by the player controls and the scene. */
export const PlaybackContext = createContext<PlaybackController | null>(null);

export const usePlayback = (): PlaybackController | null => useContext(PlaybackContext);
