import { useThree } from '@react-three/fiber';
import { useCallback, useLayoutEffect, useRef } from 'react';
import type { Group } from 'three';
import type { FigureId } from '../../domain/model/ids';
import { FIGURE_COLOUR_HEX } from '../../domain/model/palette';
import { selectFigure, selectShownPose } from '../../store/selectors';
import { useShownLabel } from '../../i18n/useShownLabel';
import { useResonans } from '../../store/StoreContext';
import { type LivePose, useFigureGesture } from '../gestures/useFigureGesture';
import { applyPose, SIZE_SCALE } from '../sceneUnits';
import { useReplayMotion } from '../replay/useReplayMotion';
import { ContactShadow } from './ContactShadow';
import { FigureBase, FigureBody } from './FigureBody';
import { FigureLabel } from './FigureLabel';
import { postureTransform } from './postureTransform';
import { SelectionRing, TurnHandle } from './SelectionMarks';
import { useReleaseFade } from './useReleaseFade';

const LABEL_HEIGHT_METRES = { client: 0.98, person: 0.98, intention: 0.98, element: 0.86, free: 0.74 } as const;
/** Labels come down with the body. */
const POSTURE_LABEL_HEIGHT = { standing: 1, sitting: 0.68, kneeling: 0.82, lying: 0.45 } as const;
/** In the top view a label stands in front of its figure (lower on screen) and above every head. */
const TOP_VIEW_LABEL_OFFSET_METRES = 0.3;
const TOP_VIEW_LABEL_HEIGHT_METRES = 1.4;

/** One figure in the room: body, base, shadow, label, and when selected its ring and turn handle. */
export function FigureNode({ id }: { id: FigureId }) {
  const figure = useResonans(selectFigure(id));
  const label = useShownLabel(id);
  const pose = useResonans(selectShownPose(id));
  const selected = useResonans((state) => state.selectedFigureId === id);
  const seenFrom = useResonans((state) => state.viewMode === 'figure' && state.viewpointFigureId === id);
  const topView = useResonans((state) => state.viewMode === 'top');
  const invalidate = useThree((state) => state.invalidate);
  const place = useRef<Group>(null);
  const turn = useRef<Group>(null);
  const showPose = useCallback((live: LivePose) => applyPose({ place: place.current, turn: turn.current }, live), []);
  const { start, active } = useFigureGesture(id, showPose);
  const replaying = useReplayMotion(id, place, showPose);
  useReleaseFade(place, figure?.released ?? false, !replaying);

  // The store's pose is applied here; during a gesture the gesture moves the objects itself,
  // and in replay the playback moves them frame by frame.
  useLayoutEffect(() => {
    if (!pose || active.current || replaying) return;
    showPose(pose);
    invalidate();
  }, [pose, active, replaying, showPose, invalidate]);

  if (!figure) return null;
  const colour = FIGURE_COLOUR_HEX[figure.colour];
  const scale = SIZE_SCALE[figure.size];
  return (
    <group ref={place} visible={!seenFrom} name={`figure:${figure.label}`} onClick={(event) => event.stopPropagation()}>
      <ContactShadow radius={0.42 * scale} />
      <group ref={turn}>
        <group scale={scale} onPointerDown={(event) => start(event, 'move')}>
          <FigureBase colour={colour} />
          <group {...postureTransform(pose?.posture ?? 'standing')}>
            <FigureBody kind={figure.kind} colour={colour} />
          </group>
        </group>
        {selected && !seenFrom && <SelectionRing />}
        {selected && !seenFrom && <TurnHandle onGrab={(event) => start(event, 'turn')} />}
      </group>
      {topView ? (
        <FigureLabel text={label} position={[0, TOP_VIEW_LABEL_HEIGHT_METRES, TOP_VIEW_LABEL_OFFSET_METRES]} anchor="top" />
      ) : (
        <FigureLabel
          text={label}
          position={[0, LABEL_HEIGHT_METRES[figure.kind] * scale * POSTURE_LABEL_HEIGHT[pose?.posture ?? 'standing'], 0]}
          anchor="bottom"
        />
      )}
    </group>
  );
}
