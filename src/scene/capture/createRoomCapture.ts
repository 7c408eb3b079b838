import type { RootState, RootStore } from '@react-three/fiber';
import { Vector2 } from 'three';
import type { FigureId } from '../../domain/model/ids';
import type { LabelAnchors } from '../labels/labelAnchors';
import { wantsMultisampling } from '../softwareRenderer';
import { pictureSupersampling } from './pictureSupersampling';
import { captureCamera } from './captureCamera';
import { captureLabels, labelMeasurer } from './captureLabels';
import type { CaptureRequest, RoomCapture } from './captureSlot';

interface CaptureSources {
  /** The canvas's own store (renderer, scene, camera, frame loop). */
  readonly canvas: RootStore;
  readonly anchors: LabelAnchors;
  /** What the room shows beyond the scene graph: the view and the chosen figure. */
  readonly room: () => { readonly topView: boolean; readonly selected: FigureId | null };
  readonly text: (id: FigureId) => string;
  /** A monotonic clock in milliseconds, for the frame loop's timestamp. */
  readonly now: () => number;
}

/** The renderer set to draw `scale` times the picture's pixels, whatever the screen's pixel ratio. */
function resize(three: RootState, request: CaptureRequest, scale = 1) {
  three.gl.setPixelRatio(1);
  three.gl.setSize(request.widthPx * scale, request.heightPx * scale, false);
  const context = three.gl.getContext();
  if (context.drawingBufferWidth < request.widthPx * scale || context.drawingBufferHeight < request.heightPx * scale) {
    throw new RangeError(`The browser draws at most ${context.drawingBufferWidth} × ${context.drawingBufferHeight} pixels`);
  }
}

/** A picture drawn at its `supersampling` times its size (pictureSupersampling.ts), or at its size when the browser cannot draw it that large. */
function resizeForPicture(three: RootState, request: CaptureRequest): number {
  const scale = pictureSupersampling(request, wantsMultisampling());
  if (scale === 1) {
    resize(three, request);
    return 1;
  }
  try {
    resize(three, request, scale);
    return scale;
  } catch {
    resize(three, request);
    return 1;
  }
}

/**
 * Takes pictures of the room without changing what the user sees: the frame's moving parts
 * are brought up to date (replay poses, fading), the renderer draws once at the picture's size
 * with a copy of the camera, the pixels are copied to the target in the same task, and the
 * screen is drawn again at its own size before the browser paints.
 */
export function createRoomCapture({ canvas, anchors, room, text, now }: CaptureSources): RoomCapture {
  const three = () => canvas.getState();
  let held: CaptureRequest | null = null;
  const measure = labelMeasurer();
  const viewSize = () => ({ widthPx: three().size.width, heightPx: three().size.height });

  return {
    viewSize,
    draw(target, request) {
      // Runs every useFrame (figures at the playhead, fading, labels); while held it draws nothing itself.
      three().advance(now(), true);
      const state = three();
      const screenSize = state.gl.getSize(new Vector2());
      const screenRatio = state.gl.getPixelRatio();
      const camera = captureCamera(state.camera, viewSize(), request.view);
      try {
        // A video's frames (held) are drawn at their size: the smoothing would cost four times the drawing per frame.
        const scale = held ? 1 : resizeForPicture(state, request);
        state.gl.render(state.scene, camera);
        target.imageSmoothingQuality = 'high';
        target.drawImage(state.gl.domElement, 0, 0, request.widthPx * scale, request.heightPx * scale, 0, 0, request.widthPx, request.heightPx);
      } finally {
        if (!held) {
          state.gl.setPixelRatio(screenRatio);
          state.gl.setSize(screenSize.x, screenSize.y, false);
          state.gl.render(state.scene, state.camera);
        }
      }
      const { topView, selected } = room();
      return captureLabels({ anchors, camera, view: request.view, topView, selected, text, measure });
    },
    hold(request) {
      const state = three();
      const screenSize = state.gl.getSize(new Vector2());
      const screenRatio = state.gl.getPixelRatio();
      // A subscriber with a priority takes drawing into its own hands: the screen is not drawn meanwhile.
      const release = state.internal.subscribe({ current: () => undefined }, 1, canvas);
      try {
        resize(state, request);
      } catch (error) {
        release();
        state.gl.setPixelRatio(screenRatio);
        state.gl.setSize(screenSize.x, screenSize.y, false);
        throw error;
      }
      held = request;
      return () => {
        held = null;
        release();
        state.gl.setPixelRatio(screenRatio);
        state.gl.setSize(screenSize.x, screenSize.y, false);
        state.invalidate();
      };
    },
  };
}
