import type { DiagramShapes } from '../../diagram/diagramShapes';
import { type NewLayer, paintDiagram } from '../../export/picture/paintDiagram';
import type { RoomCapture, ViewSize } from '../../scene/capture/captureSlot';

export interface BoardCaptureSource {
  /** The board's size on screen now, in CSS pixels. */
  viewSize(): ViewSize;
  /** What the board shows now, laid out for a board of this size (CSS pixels). */
  picture(view: ViewSize): DiagramShapes;
}

/**
 * The 2D board as the picture and video makers take the room: the diagram the board shows, laid
 * out at the size the picture stands for and painted scaled up to the picture's pixels, so it
 * is as sharp as a picture of the 3D room and its labels keep their size relative to the board.
 * The names are part of the diagram, so there are no labels left to draw over it.
 */
export function createBoardCapture(source: BoardCaptureSource, newLayer?: NewLayer): RoomCapture {
  return {
    viewSize: () => source.viewSize(),
    draw(target, request) {
      target.save();
      target.setTransform(request.widthPx / request.view.widthPx, 0, 0, request.heightPx / request.view.heightPx, 0, 0);
      paintDiagram(target, source.picture(request.view), request.widthPx, request.heightPx, newLayer);
      target.restore();
      return [];
    },
    // Nothing on screen to keep at another size: every picture is painted afresh from the store.
    hold: () => () => undefined,
  };
}
