import { useMemo } from 'react';
import type { FigureId } from '../../domain/model/ids';
import type { Pose } from '../../domain/model/pose';
import type { FigureAppearance } from '../../domain/recording/events';
import { usePlayback } from '../../store/PlaybackContext';
import { selectShownLook, selectShownPose, selectShownPosture, shownPose } from '../../store/selectors';
import { useResonans, useResonansStore } from '../../store/StoreContext';

const nothing = () => undefined;

/**
 * A figure's look and pose for the node that draws it. While a playback moves the figure frame
 * by frame (`useReplayMotion`), the node re-renders only when its look or posture changes: the
 * pose given then is the one it had when its posture last changed, for the posture alone.
 */
export function useShownFigure(id: FigureId): { figure: FigureAppearance | undefined; pose: Pose | undefined } {
  const store = useResonansStore();
  const played = usePlayback() !== null;
  const figure = useResonans(selectShownLook(id));
  const followed = useResonans(played ? nothing : selectShownPose(id));
  const posture = useResonans(played ? selectShownPosture(id) : nothing);
  const held = useMemo(() => (played && posture ? shownPose(store.getState(), id) : undefined), [played, posture, store, id]);
  return { figure, pose: played ? held : followed };
}
