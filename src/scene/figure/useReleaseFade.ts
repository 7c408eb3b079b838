import { useFrame, useThree } from '@react-three/fiber';
import { type RefObject, useLayoutEffect, useRef } from 'react';
import type { Object3D } from 'three';
import { MOVE_BEFORE_LABELS, RELEASE_FADE_MS, setFigureOpacity } from './opacity';

const prefersReducedMotion = () => typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

/**
 * While a session is recorded: a figure released from its role fades gently and leaves the
 * room. A figure that was already released when the room opened is simply not there.
 */
export function useReleaseFade(root: RefObject<Object3D | null>, released: boolean, enabled: boolean): void {
  const invalidate = useThree((state) => state.invalidate);
  const fadeStartedAt = useRef<number | null>(null);
  const wasReleased = useRef(released);

  useLayoutEffect(() => {
    if (!enabled) return;
    if (released && !wasReleased.current && !prefersReducedMotion()) {
      fadeStartedAt.current = performance.now();
      invalidate();
    } else {
      fadeStartedAt.current = null;
      setFigureOpacity(root.current, released ? 0 : 1);
      invalidate();
    }
    wasReleased.current = released;
  }, [released, enabled, root, invalidate]);

  useFrame(() => {
    if (!enabled || fadeStartedAt.current === null) return;
    const progress = Math.min(1, (performance.now() - fadeStartedAt.current) / RELEASE_FADE_MS);
    setFigureOpacity(root.current, 1 - progress);
    if (progress < 1) invalidate();
    else fadeStartedAt.current = null;
  }, MOVE_BEFORE_LABELS);
}
