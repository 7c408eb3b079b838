import { type PointerEvent as ReactPointerEvent, type RefObject, useCallback, useEffect, useRef } from 'react';
import { diagramFrame } from '../../diagram/diagramFrame';
import { DIAGRAM_PARTS } from '../../diagram/diagramShapes';
import type { FigureId } from '../../domain/model/ids';
import { facingToward } from '../../domain/model/pose';
import { clampToRoom } from '../../domain/model/room';
import { browserTimers, type Sampler, trailingSampler } from '../../scene/gestures/trailingSampler';
import { lineAngleDegrees, shortestTurnDegrees } from '../../scene/gestures/twist';
import { isFrozen } from '../../store/selectors';
import { useResonansStore } from '../../store/StoreContext';
import type { HeldPose } from './boardPicture';

/** Samples reach the store at most 20 times a second, as from the 3D room's gestures (and so the recording). */
const SAMPLE_INTERVAL_MS = 50;

type Point = { x: number; y: number };

interface Gesture {
  readonly id: FigureId;
  readonly kind: 'move' | 'turn';
  readonly original: HeldPose;
  live: HeldPose;
  offset: { x: number; z: number };
  readonly pointers: Map<number, Point>;
  twistAngle: number | null;
  readonly sampler: Sampler;
}

/** The figure and part of the board under a pointer, read from the diagram's `data-*` tags. */
export function boardTarget(target: EventTarget | null): { id: FigureId; part: string } | null {
  const tagged = target instanceof Element ? target.closest('[data-part]') : null;
  const id = tagged?.getAttribute('data-figure-id');
  const part = tagged?.getAttribute('data-part');
  if (!id || !part || part === DIAGRAM_PARTS.trail) return null;
  return { id: id as FigureId, part };
}

/**
 * Moving and turning figures on the 2D board, as in the 3D room: one pointer drags a figure
 * (or turns it by its knob), a second finger while dragging twists it, Escape puts it back.
 * The board follows the pointer at once through `held`; the store gets a sample at 20 Hz and
 * the whole gesture becomes one undo step when the last finger lifts.
 */
export function useBoardGesture(board: RefObject<SVGSVGElement | null>, held: RefObject<HeldPose | null>, paint: () => void) {
  const store = useResonansStore();
  const gesture = useRef<Gesture | null>(null);

  const floorAt = useCallback(
    (clientX: number, clientY: number) => {
      const box = board.current?.getBoundingClientRect();
      if (!box) return null;
      return diagramFrame(box.width, box.height).toFloor({ x: clientX - box.left, y: clientY - box.top });
    },
    [board],
  );

  const show = useCallback(
    (current: Gesture) => {
      held.current = current.live;
      paint();
      current.sampler.changed();
    },
    [held, paint],
  );

  const finish = useCallback(
    (commit: boolean) => {
      const current = gesture.current;
      if (!current) return;
      gesture.current = null;
      current.sampler.stop();
      held.current = null;
      const state = store.getState();
      if (commit) state.previewDrag(current.id, current.live);
      state.endDrag(commit);
      paint();
    },
    [held, paint, store],
  );

  // A board that goes away mid-gesture (the 3D room comes back) keeps what was done.
  useEffect(() => () => finish(true), [finish]);

  const onPointerDown = useCallback(
    (event: ReactPointerEvent<SVGSVGElement>) => {
      const current = gesture.current;
      const element = event.currentTarget;
      if (current) {
        // A second finger while dragging twists the figure.
        if (current.pointers.size !== 1 || current.pointers.has(event.pointerId)) return;
        capture(element, event.pointerId);
        current.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
        current.twistAngle = twistAngle(current);
        return;
      }
      const state = store.getState();
      if (isFrozen(state)) return;
      const hit = boardTarget(event.target);
      const figure = hit ? state.room.figures[hit.id] : undefined;
      element.focus({ preventScroll: true });
      if (!hit || !figure || figure.released) {
        state.select(null);
        return;
      }
      const start = floorAt(event.clientX, event.clientY);
      if (!start) return;
      event.preventDefault();
      state.select(figure.id);
      capture(element, event.pointerId);
      const original = { id: figure.id, x: figure.pose.x, z: figure.pose.z, facing: figure.pose.facing };
      const created: Gesture = {
        id: figure.id,
        kind: hit.part === DIAGRAM_PARTS.turnGrip ? 'turn' : 'move',
        original,
        live: original,
        offset: { x: original.x - start.x, z: original.z - start.z },
        pointers: new Map([[event.pointerId, { x: event.clientX, y: event.clientY }]]),
        twistAngle: null,
        sampler: trailingSampler(SAMPLE_INTERVAL_MS, () => store.getState().previewDrag(created.id, created.live), browserTimers),
      };
      gesture.current = created;
    },
    [floorAt, store],
  );

  const onPointerMove = useCallback(
    (event: ReactPointerEvent<SVGSVGElement>) => {
      const current = gesture.current;
      if (!current?.pointers.has(event.pointerId)) return;
      current.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (current.twistAngle !== null) {
        const angle = twistAngle(current);
        if (angle === null) return;
        current.live = { ...current.live, facing: current.live.facing + shortestTurnDegrees(current.twistAngle, angle) };
        current.twistAngle = angle;
      } else {
        const point = floorAt(event.clientX, event.clientY);
        if (!point) return;
        current.live =
          current.kind === 'move'
            ? { ...current.live, ...clampToRoom({ x: point.x + current.offset.x, z: point.z + current.offset.z }) }
            : { ...current.live, facing: facingToward(current.live, point) };
      }
      show(current);
    },
    [floorAt, show],
  );

  const onPointerUp = useCallback(
    (event: ReactPointerEvent<SVGSVGElement>) => {
      const current = gesture.current;
      if (!current?.pointers.delete(event.pointerId)) return;
      if (current.pointers.size === 0) return finish(true);
      current.twistAngle = null;
      // The finger that stays goes on dragging from where the figure is now.
      const [remaining] = [...current.pointers.values()];
      const point = remaining && floorAt(remaining.x, remaining.y);
      if (point) current.offset = { x: current.live.x - point.x, z: current.live.z - point.z };
    },
    [finish, floorAt],
  );

  const onPointerCancel = useCallback(
    (event: ReactPointerEvent<SVGSVGElement>) => {
      if (gesture.current?.pointers.has(event.pointerId)) finish(true);
    },
    [finish],
  );

  /** Escape puts a held figure back where it was; true when it did. */
  const cancel = useCallback((): boolean => {
    const current = gesture.current;
    if (!current) return false;
    current.live = current.original;
    finish(false);
    return true;
  }, [finish]);

  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel, cancel };
}

function capture(element: Element, pointerId: number) {
  try {
    element.setPointerCapture(pointerId);
  } catch {
    // A pointer that is already gone cannot be captured; its gesture ends on its own.
  }
}

function twistAngle(gesture: Gesture): number | null {
  const [a, b] = [...gesture.pointers.values()];
  return a && b ? lineAngleDegrees(a, b) : null;
}
