import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { usePlayback } from '../../store/PlaybackContext';
import { useResonans, useResonansStore } from '../../store/StoreContext';
import { FigureTrails } from './figureTrails';

/**
 * Where each figure went in the current phase, up to the playhead, as a thin line on the floor.
 * The lines follow the playhead frame by frame, like the figures; React renders them only
 * when the replay opens or the trails are shown or hidden.
 */
export function Trails() {
  const index = useResonans((state) => state.replay?.index);
  const shown = useResonans((state) => state.replay?.trails ?? false);
  const playback = usePlayback();
  const store = useResonansStore();
  const size = useThree((state) => state.size);
  const invalidate = useThree((state) => state.invalidate);
  const trails = useMemo(() => (index ? new FigureTrails(index) : null), [index]);
  useEffect(() => () => trails?.dispose(), [trails]);
  useLayoutEffect(() => {
    trails?.setResolution(size.width, size.height);
    invalidate();
  }, [trails, size, invalidate]);

  useFrame(() => {
    if (!trails || !shown) return;
    trails.show(playback ? playback.time() : (store.getState().replay?.t ?? 0));
  });

  if (!trails) return null;
  return <primitive object={trails.group} visible={shown} />;
}
