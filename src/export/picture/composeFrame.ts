import type { CaptureRequest, RoomCapture } from '../../scene/capture/captureSlot';
import { drawCaption } from './drawCaption';
import { drawLabels } from './drawLabels';

/** The picture's size for a width, keeping the shape of the room the picture stands for. */
export function pictureRequest(view: { widthPx: number; heightPx: number }, widthPx: number): CaptureRequest {
  const width = Math.max(1, Math.round(widthPx));
  return { widthPx: width, heightPx: Math.max(1, Math.round((width * view.heightPx) / view.widthPx)), view };
}

/** Picture pixels per CSS pixel of the room the picture stands for. */
export const pictureScale = (request: CaptureRequest) => request.widthPx / request.view.widthPx;

/** The room as it shows now with its labels, filling a 2D canvas. */
export function drawRoom(capture: RoomCapture, context: CanvasRenderingContext2D, request: CaptureRequest): void {
  context.globalAlpha = 1;
  context.clearRect(0, 0, request.widthPx, request.heightPx);
  const labels = capture.draw(context, request);
  drawLabels(context, labels, pictureScale(request));
}

/** One picture of the room on a 2D canvas: the scene, its labels, and the caption line if any. */
export function composeFrame(capture: RoomCapture, context: CanvasRenderingContext2D, request: CaptureRequest, caption: string): void {
  drawRoom(capture, context, request);
  drawCaption(context, caption, pictureScale(request), request);
}

/** Canvas text uses a web font only once it is loaded: wait for the labels' and the caption's faces. */
export async function fontsReady(): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  await Promise.all([document.fonts.load("600 14px 'Noto Sans'"), document.fonts.load("500 13px 'Noto Sans'")]).catch(() => undefined);
}
