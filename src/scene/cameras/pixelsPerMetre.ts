import { type Camera, type Object3D, OrthographicCamera, PerspectiveCamera, Vector3 } from 'three';

const where = new Vector3();
const eye = new Vector3();

/** How many CSS pixels a metre spans on screen at an object's place, for marks that keep a size a finger can find. */
export function pixelsPerMetreAt(object: Object3D, camera: Camera, heightPx: number): number {
  if (camera instanceof OrthographicCamera) return (heightPx * camera.zoom) / (camera.top - camera.bottom);
  const fovDegrees = camera instanceof PerspectiveCamera ? camera.fov : 50;
  const distance = Math.max(0.01, object.getWorldPosition(where).distanceTo(camera.getWorldPosition(eye)));
  return heightPx / (2 * distance * Math.tan((fovDegrees * Math.PI) / 360));
}
