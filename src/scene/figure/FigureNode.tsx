import { type ThreeEvent, useThree } from '@react-three/fiber';
import { useCallback, useLayoutEffect, useRef } from 'react';
import type { Group } from 'three';
import { BASE_RADIUS_METRES } from '../../domain/analysis/overlappingBases';
import type { FigureId } from '../../domain/model/ids';
import { FIGURE_COLOUR_HEX } from '../../domain/model/palette';
import { isFrozen } from '../../store/selectors';
import { useResonans } from '../../store/StoreContext';
import { type LivePose, useFigureGesture } from '../gestures/useFigureGesture';
import type { LabelAnchors } from '../labels/labelAnchors';
import { useReplayMotion } from '../replay/useReplayMotion';
import { useShownFigure } from '../replay/useShownFigure';
import { applyPose, SIZE_SCALE } from '../sceneUnits';
import { selectOverlappingBases } from './baseOverlaps';
import { mutedColour } from './figureColours';
import { FigureModel } from './FigureModel';
import { FloorMark } from './FloorMark';
import { OverlapRing, onTurnGrip, SelectionRing, TurnHandle } from './SelectionMarks';
import { useReleaseFade } from './useReleaseFade';

/** Height of the top of the head of each kind of figure, standing, in metres (adult size). */
const HEAD_TOP_METRES = { client: 0.93, person: 0.93, intention: 0.92, element: 0.8, free: 0.67 } as const;
/** Heads come down with the body. */
const POSTURE_HEIGHT = { standing: 1, sitting: 0.68, kneeling: 0.82, lying: 0.45 } as const;

/**
 * One figure in the room: body, base, the mark on the floor that shows its facing, and when it
 * may be edited and is selected, its ring and turn handle. Its label is page text placed by
 * `LabelPlacer`, found through `anchors`.
 */
export function FigureNode({ id, anchors }: { id: FigureId; anchors: LabelAnchors }) {
  // In replay the playback moves the figure; only a change of look or posture renders it again.
  const { figure, pose } = useShownFigure(id);
  // In replay or read-only the room shows no editing marks: nothing there invites a change.
  const editable = useResonans((state) => !isFrozen(state));
  const selected = useResonans((state) => state.selectedFigureId === id);
  const overlapping = useResonans((state) => selectOverlappingBases(state).has(id));
  const seenFrom = useResonans((state) => state.viewMode === 'figure' && state.viewpointFigureId === id);
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

  const size = figure?.size ?? 'adult';
  const scale = SIZE_SCALE[size];
  const headTop = HEAD_TOP_METRES[figure?.kind ?? 'person'] * scale * POSTURE_HEIGHT[pose?.posture ?? 'standing'];
  useLayoutEffect(() => {
    if (!place.current || !turn.current) return;
    anchors.set(id, { place: place.current, turn: turn.current, heightMetres: headTop + 0.04, baseRadiusMetres: BASE_RADIUS_METRES[size] });
    invalidate();
    return () => {
      anchors.delete(id);
    };
  }, [anchors, id, headTop, size, invalidate]);

  const grab = (event: ThreeEvent<PointerEvent>) => {
    // A turn handle drawn over this figure takes the pointer: let the event go on to it.
    if (onTurnGrip(event.intersections)) return;
    start(event, 'move');
  };

  const hover = (over: boolean) => {
    if (over) anchors.hovered = id;
    else if (anchors.hovered === id) anchors.hovered = null;
    invalidate();
  };

  const colour = figure ? FIGURE_COLOUR_HEX[figure.colour] : '#000000';
  const bodyColour = figure?.deceased ? mutedColour(colour) : colour;
  const marks = editable && selected && !seenFrom;
  return (
    <group ref={place} visible={!seenFrom} name={figure ? `figure:${figure.label}` : undefined} onClick={(event) => event.stopPropagation()}>
      <group ref={turn}>
        {figure && (
          <>
            <group scale={scale}>
              <FloorMark colour={colour} />
            </group>
            <group scale={scale} onPointerDown={grab} onPointerOver={() => hover(true)} onPointerOut={() => hover(false)}>
              <FigureModel kind={figure.kind} posture={pose?.posture ?? 'standing'} colour={bodyColour} deceased={figure.deceased ?? false} />
            </group>
            {overlapping && <OverlapRing scale={scale} />}
            {marks && <SelectionRing scale={scale} />}
            {marks && <TurnHandle onGrab={(event) => start(event, 'turn')} anchors={anchors} />}
          </>
        )}
      </group>
    </group>
  );
}
