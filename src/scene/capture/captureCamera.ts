import { type Camera, OrthographicCamera, PerspectiveCamera } from 'three';
import { topViewPixelsPerMetre } from '../topView';
import type { ViewSize } from './captureSlot';

/**
 * The camera a picture is taken with: a copy of the one on screen, framed for the picture's
 * view instead of the screen, so the user's own camera is never touched. A perspective camera
 * keeps its height of view and widens or narrows with the picture; the top view keeps the
 * whole board in sight, as it does on screen.
 */
export function captureCamera(camera: Camera, screen: ViewSize, view: ViewSize): Camera {
  const copy = camera.clone();
  if (copy instanceof PerspectiveCamera) {
    copy.aspect = view.widthPx / view.heightPx;
    copy.updateProjectionMatrix();
  } else if (copy instanceof OrthographicCamera) {
    copy.left = -view.widthPx / 2;
    copy.right = view.widthPx / 2;
    copy.top = view.heightPx / 2;
    copy.bottom = -view.heightPx / 2;
    copy.zoom *= topViewPixelsPerMetre(view.widthPx, view.heightPx) / topViewPixelsPerMetre(screen.widthPx, screen.heightPx);
    copy.updateProjectionMatrix();
  }
  copy.updateMatrixWorld(true);
  return copy;
}
