import type { RoomCapture } from '../../scene/capture/captureSlot';
import { composeFrame, fontsReady, pictureRequest } from './composeFrame';

/** The widest picture offered: 4K, wide enough for a printed page or a projector. */
export const MAX_PICTURE_WIDTH_PX = 3840;

/**
 * A PNG of what the room shows now, `widthPx` wide (at most 3840) and as high as the room's
 * shape asks, with its labels and a caption line (empty for none). Loaded only when asked for.
 */
export async function makePicture(capture: RoomCapture, widthPx: number, caption: string): Promise<Blob> {
  await fontsReady();
  const request = pictureRequest(capture.viewSize(), Math.min(MAX_PICTURE_WIDTH_PX, widthPx));
  const canvas = document.createElement('canvas');
  canvas.width = request.widthPx;
  canvas.height = request.heightPx;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  composeFrame(capture, context, request, caption);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be written'))), 'image/png'),
  );
}
