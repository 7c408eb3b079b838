import { type Camera, Plane, Raycaster, Vector2, Vector3 } from 'three';

const floor = new Plane(new Vector3(0, 1, 0), 0);
const raycaster = new Raycaster();
const pointer = new Vector2();
const hit = new Vector3();

/** The point on the floor under a pointer, or null when the pointer looks above the horizon. */
export function floorPointAt(clientX: number, clientY: number, canvas: HTMLElement, camera: Camera): { x: number; z: number } | null {
  const rect = canvas.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return null;
  pointer.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1);
  raycaster.setFromCamera(pointer, camera);
  const point = raycaster.ray.intersectPlane(floor, hit);
  return point ? { x: point.x, z: point.z } : null;
}
