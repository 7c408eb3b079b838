import type { ScreenPoint, ScreenRect } from '../labels/placeLabels';

/**
 * The door between the room's canvas and the picture and video makers. The canvas mounts
 * `SceneCapture`, which provides a `RoomCapture` here; the dialogs (ui/, which never imports
 * three) take it from here. One room is on screen at a time, so one slot is enough.
 */

/** A size in CSS pixels: the room on screen, or the room a picture stands for. */
export interface ViewSize {
  readonly widthPx: number;
  readonly heightPx: number;
}

export interface CaptureRequest {
  /** The picture's size in device pixels. */
  readonly widthPx: number;
  readonly heightPx: number;
  /**
   * The room the picture stands for, in CSS pixels: what the camera frames and where labels go
   * are worked out at this size, then everything is drawn scaled up to the picture's size, so
   * labels keep their place and size relative to the room and stay sharp.
   */
  readonly view: ViewSize;
}

/** A figure's label as a picture shows it, in CSS pixels of the request's view. */
export interface CapturedLabel {
  readonly text: string;
  readonly rect: ScreenRect;
  /** The figure's point when the label stands away from it: a thin line joins the two. */
  readonly leaderFrom: ScreenPoint | null;
  readonly selected: boolean;
  readonly opacity: number;
}

export interface RoomCapture {
  /** The room's size on screen now. */
  viewSize(): ViewSize;
  /**
   * Draws what the room shows now (the figures where they stand at this moment, live or at
   * the playhead) onto `target`, filling it, and returns the labels to draw over it. It runs
   * in one go because a WebGL picture lasts only until the browser next paints.
   */
  draw(target: CanvasRenderingContext2D, request: CaptureRequest): readonly CapturedLabel[];
  /**
   * Keeps the renderer at the request's size for many frames in a row (a video) and stops
   * drawing the screen meanwhile; the returned function gives the screen back.
   */
  hold(request: CaptureRequest): () => void;
}

let current: RoomCapture | null = null;

/** Offers the room's capture while its canvas is mounted; returns the withdrawal. */
export function provideRoomCapture(capture: RoomCapture): () => void {
  current = capture;
  return () => {
    if (current === capture) current = null;
  };
}

/** The room's capture, or null while no room is drawn (WebGL missing, the room still loading). */
export const roomCapture = (): RoomCapture | null => current;
