import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Group } from 'three';
import type { FigureKind } from '../../domain/model/figure';
import type { Pose } from '../../domain/model/pose';
import { FIGURE_COLOUR_HEX } from '../../domain/model/palette';
import { phaseEnd, stateAt } from '../../domain/replay/stateAt';
import { useResonans } from '../../store/StoreContext';
import { FigureModel } from '../figure/FigureModel';
import { mutedColour } from '../figure/figureColours';
import { setFigureOpacity } from '../figure/opacity';
import { applyPose, SIZE_SCALE } from '../sceneUnits';

const GHOST_OPACITY = 0.3;

/** Pale figures where everyone stood at the end of a chosen phase, to compare with the playhead. */
export function Ghosts() {
  const index = useResonans((state) => state.replay?.index);
  const ghostPhase = useResonans((state) => state.replay?.ghostPhase ?? null);
  const room = useMemo(() => {
    if (!index || ghostPhase === null) return null;
    const end = phaseEnd(index, ghostPhase);
    return end === undefined ? null : stateAt(index, end).room;
  }, [index, ghostPhase]);
  if (!room) return null;
  return (
    <group>
      {room.order.map((id) => {
        const figure = room.figures[id];
        if (!figure || figure.released) return null;
        return (
          <Ghost
            key={id}
            kind={figure.kind}
            colour={figure.deceased ? mutedColour(FIGURE_COLOUR_HEX[figure.colour]) : FIGURE_COLOUR_HEX[figure.colour]}
            scale={SIZE_SCALE[figure.size]}
            pose={figure.pose}
            deceased={figure.deceased ?? false}
          />
        );
      })}
    </group>
  );
}

function Ghost({ kind, colour, scale, pose, deceased }: { kind: FigureKind; colour: string; scale: number; pose: Pose; deceased: boolean }) {
  const group = useRef<Group>(null);
  useLayoutEffect(() => {
    applyPose({ place: group.current, turn: group.current }, pose);
    setFigureOpacity(group.current, GHOST_OPACITY);
  }, [pose]);
  return (
    <group ref={group} raycast={() => null}>
      <group scale={scale}>
        <FigureModel kind={kind} posture={pose.posture} colour={colour} deceased={deceased} />
      </group>
    </group>
  );
}
