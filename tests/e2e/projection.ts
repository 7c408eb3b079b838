import type { Locator } from '@playwright/test';
import { PerspectiveCamera, Plane, Raycaster, Vector2, Vector3 } from 'three';
import { ROOM_CAMERA_FOV_DEGREES, ROOM_CAMERA_POSITION, ROOM_CAMERA_TARGET } from '../../src/scene/cameras/roomCameraPlacement';
import { topViewScreenPoint } from '../../src/scene/topView';

export interface ScreenPoint {
  x: number;
  y: number;
}

async function canvasBox(canvas: Locator) {
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the room canvas is not on screen');
  return box;
}

/** Page coordinates of a floor point in the top view. */
export async function topViewPoint(canvas: Locator, point: { x: number; z: number }): Promise<ScreenPoint> {
  const box = await canvasBox(canvas);
  const local = topViewScreenPoint(point, box.width, box.height);
  return { x: box.x + local.x, y: box.y + local.y };
}

/** The 3D view's starting camera, rebuilt here so a test can aim at a point in the room. */
async function roomCamera(canvas: Locator) {
  const box = await canvasBox(canvas);
  const camera = new PerspectiveCamera(ROOM_CAMERA_FOV_DEGREES, box.width / box.height, 0.05, 100);
  camera.position.set(...ROOM_CAMERA_POSITION);
  camera.lookAt(new Vector3(...ROOM_CAMERA_TARGET));
  camera.updateMatrixWorld();
  return { camera, box };
}

/** Page coordinates of a point in the room (metres, y up) in the 3D view's starting camera. */
export async function roomViewPoint(canvas: Locator, point: { x: number; y: number; z: number }): Promise<ScreenPoint> {
  const { camera, box } = await roomCamera(canvas);
  const projected = new Vector3(point.x, point.y, point.z).project(camera);
  return { x: box.x + ((projected.x + 1) / 2) * box.width, y: box.y + ((1 - projected.y) / 2) * box.height };
}

/** The floor point under a page coordinate in the 3D view's starting camera. */
export async function roomViewFloorPoint(canvas: Locator, screen: ScreenPoint): Promise<{ x: number; z: number }> {
  const { camera, box } = await roomCamera(canvas);
  const raycaster = new Raycaster();
  raycaster.setFromCamera(new Vector2(((screen.x - box.x) / box.width) * 2 - 1, -((screen.y - box.y) / box.height) * 2 + 1), camera);
  const hit = raycaster.ray.intersectPlane(new Plane(new Vector3(0, 1, 0), 0), new Vector3());
  if (!hit) throw new Error('that point is above the horizon');
  return { x: hit.x, z: hit.z };
}

/**
 * Page coordinates of a room point seen by the 3D view's camera orbited straight back (same
 * target, distance and direction from above) to a tilt of `tiltRadians` from straight above.
 */
export async function tiltedRoomViewPoint(canvas: Locator, point: { x: number; y: number; z: number }, tiltRadians: number): Promise<ScreenPoint> {
  const box = await canvasBox(canvas);
  const target = new Vector3(...ROOM_CAMERA_TARGET);
  const distance = new Vector3(...ROOM_CAMERA_POSITION).distanceTo(target);
  const camera = new PerspectiveCamera(ROOM_CAMERA_FOV_DEGREES, box.width / box.height, 0.05, 100);
  camera.position.set(target.x, target.y + distance * Math.cos(tiltRadians), target.z + distance * Math.sin(tiltRadians));
  camera.lookAt(target);
  camera.updateMatrixWorld();
  const projected = new Vector3(point.x, point.y, point.z).project(camera);
  return { x: box.x + ((projected.x + 1) / 2) * box.width, y: box.y + ((1 - projected.y) / 2) * box.height };
}
