import { type ThreeEvent, useThree } from '@react-three/fiber';
import { useCallback, useRef } from 'react';
import type { FigureId } from '../../domain/model/ids';
import { facingToward } from '../../domain/model/pose';
import { clampToRoom } from '../../domain/model/room';
import { mayMoveFigure } from '../../store/remoteSlice';
import { isFrozen } from '../../store/selectors';
import { useResonansStore } from '../../store/StoreContext';
import { floorPointAt } from './floorRay';
import { browserTimers, trailingSampler } from './trailingSampler';
import { lineAngleDegrees, shortestTurnDegrees } from './twist';

/**
 * Poses are sampled into the store at most this often while a finger or mouse moves (20 Hz);
 * where the pointer comes to rest is sampled too, so a pause is recorded when it happens.
 */
const SAMPLE_INTERVAL_MS = 50;

export type GestureKind = 'move' | 'turn';

export interface LivePose {
  x: number;
  z: number;
  facing: number;
}

type Enableable = { enabled: boolean };
const setControlsEnabled = (controls: unknown, enabled: boolean) => {
  if (controls && typeof controls === 'object' && 'enabled' in controls) (controls as Enableable).enabled = enabled;
};

/**
 * Dragging and turning a figure. The figure's object follows the pointer directly (no React
 * render per move); the store gets a sample at 20 Hz so the list and the recording follow,
 * and the whole gesture becomes one undo step when the last finger lifts.
 * A second finger while dragging twists the figure.
 */
export function useFigureGesture(id: FigureId, showPose: (pose: LivePose) => void) {
  const store = useResonansStore();
  const get = useThree((state) => state.get);
  const active = useRef(false);

  const start = useCallback(
    (event: ThreeEvent<PointerEvent>, kind: GestureKind) => {
      event.stopPropagation();
      const state = store.getState();
      const figure = state.room.figures[id];
      // Replay is read-only, and a released figure has left the room.
      if (!figure || figure.released || isFrozen(state) || active.current) return;
      // In a live room, what the other side moves or the therapist has not handed over stays put.
      if (!mayMoveFigure(state, id)) return;
      state.select(id);
      const { gl, camera, controls, invalidate } = get();
      const canvas = gl.domElement;
      const startPoint = floorPointAt(event.clientX, event.clientY, canvas, camera);
      if (!startPoint) return;

      const original: LivePose = { x: figure.pose.x, z: figure.pose.z, facing: figure.pose.facing };
      let live: LivePose = { ...original };
      let offset = { x: original.x - startPoint.x, z: original.z - startPoint.z };
      const pointers = new Map<number, { x: number; y: number }>([[event.pointerId, { x: event.clientX, y: event.clientY }]]);
      let twistAngle: number | null = null;
      active.current = true;
      setControlsEnabled(controls, false);

      const show = () => {
        showPose(live);
        invalidate();
      };
      const sampler = trailingSampler(SAMPLE_INTERVAL_MS, () => store.getState().previewDrag(id, live), browserTimers);
      const twistPair = () => {
        const [a, b] = [...pointers.values()];
        return a && b ? lineAngleDegrees(a, b) : null;
      };
      const rebaseOffset = (clientX: number, clientY: number) => {
        const point = floorPointAt(clientX, clientY, canvas, get().camera);
        if (point) offset = { x: live.x - point.x, z: live.z - point.z };
      };

      const onMove = (e: PointerEvent) => {
        if (!pointers.has(e.pointerId)) return;
        pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
        if (twistAngle !== null) {
          const angle = twistPair();
          if (angle === null) return;
          live = { ...live, facing: live.facing + shortestTurnDegrees(twistAngle, angle) };
          twistAngle = angle;
        } else {
          const point = floorPointAt(e.clientX, e.clientY, canvas, get().camera);
          if (!point) return;
          live =
            kind === 'move' ? { ...live, ...clampToRoom({ x: point.x + offset.x, z: point.z + offset.z }) } : { ...live, facing: facingToward(live, point) };
        }
        show();
        sampler.changed();
      };
      const onDown = (e: PointerEvent) => {
        if (pointers.has(e.pointerId) || pointers.size !== 1) return;
        pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
        twistAngle = twistPair();
      };
      const onUp = (e: PointerEvent) => {
        if (!pointers.delete(e.pointerId)) return;
        if (pointers.size === 0) return finish(true);
        twistAngle = null;
        const [remaining] = [...pointers.values()];
        if (remaining) rebaseOffset(remaining.x, remaining.y);
      };
      const onCancel = (e: PointerEvent) => {
        if (pointers.has(e.pointerId)) finish(true);
      };
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        live = original;
        show();
        finish(false);
      };
      const listeners = [
        ['pointermove', onMove],
        ['pointerdown', onDown],
        ['pointerup', onUp],
        ['pointercancel', onCancel],
        ['keydown', onKey],
      ] as const;
      function finish(commit: boolean) {
        for (const [name, listener] of listeners) window.removeEventListener(name, listener as EventListener);
        sampler.stop();
        active.current = false;
        setControlsEnabled(get().controls, true);
        const current = store.getState();
        if (commit) current.previewDrag(id, live);
        current.endDrag(commit);
        invalidate();
      }
      for (const [name, listener] of listeners) window.addEventListener(name, listener as EventListener);
    },
    [get, id, showPose, store],
  );

  return { start, active };
}
