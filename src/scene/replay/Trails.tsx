import { Line } from '@react-three/drei';
import { Color } from 'three';
import { FIGURE_COLOUR_HEX } from '../../domain/model/palette';
import { trailPoints } from '../../domain/replay/trail';
import { lastIndexAtOrBefore } from '../../domain/replay/timeline';
import { useResonans } from '../../store/StoreContext';

const TRAIL_HEIGHT_METRES = 0.015;
const INK = new Color('#3b3128');

/** The figure's colour, darkened so its trail reads on the light board. */
function trailColour(hex: string): string {
  return `#${new Color(hex).lerp(INK, 0.45).getHexString()}`;
}

/** Where each figure went in the current phase, up to the playhead, as a thin line on the floor. */
export function Trails() {
  const replay = useResonans((state) => state.replay);
  if (!replay?.trails) return null;
  const { index, t, state } = replay;
  const phaseStart = index.phases.times[lastIndexAtOrBefore(index.phases.times, t)] ?? 0;
  return (
    <group>
      {state.room.order.map((id) => {
        const track = index.tracks.get(id);
        const figure = state.room.figures[id];
        if (!track || !figure) return null;
        const points = trailPoints(track, phaseStart, t);
        if (points.length < 2) return null;
        return (
          <Line
            key={id}
            points={points.map((point) => [point.x, TRAIL_HEIGHT_METRES, point.z] as [number, number, number])}
            color={trailColour(FIGURE_COLOUR_HEX[figure.colour])}
            lineWidth={4}
            transparent
            opacity={0.8}
          />
        );
      })}
    </group>
  );
}
