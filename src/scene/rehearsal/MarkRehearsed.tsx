import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { whenGpuDone } from './whenGpuDone';

/**
 * Inside a rehearsing room: once its first frame has been drawn to the end, on the GPU too (where
 * a software renderer builds its shaders only as it draws), the canvas says so in
 * `data-rehearsed`. The fence also hands the frame to the GPU at once, so that its work is done
 * while the library waits, not when the next session opens.
 */
export function MarkRehearsed() {
  const gl = useThree((state) => state.gl);
  const asked = useRef(false);
  const cancel = useRef<(() => void) | null>(null);
  useFrame(() => {
    if (asked.current) return;
    asked.current = true;
    const canvas = gl.domElement;
    // The frame's callbacks run before it is drawn: the fence goes in once the frame's commands are given.
    const timer = setTimeout(() => (cancel.current = whenGpuDone(gl.getContext(), () => (canvas.dataset.rehearsed = 'true'))));
    cancel.current = () => clearTimeout(timer);
  });
  useEffect(() => () => cancel.current?.(), []);
  return null;
}
