import type { CaptureRequest, RoomCapture } from '../../scene/capture/captureSlot';
import { drawRoom, fontsReady, pictureScale } from '../picture/composeFrame';
import { drawCaption } from '../picture/drawCaption';
import { type FrameEncoder, mediaRecorderEncoder, webCodecsEncoder } from './encodeFrames';
import { VIDEO_FRAMES_PER_SECOND } from './videoPlan';

export interface VideoJob {
  readonly capture: RoomCapture;
  readonly request: CaptureRequest;
  /** The session time of every frame, in order (`frameTimes`). */
  readonly times: readonly number[];
  /** Moves the replay to a session time and resolves once the room shows it. */
  readonly showMoment: (t: number) => Promise<void>;
  /** Whether the room may look different at the second time than at the first (`roomChangedBetween`). */
  readonly changed: (fromMs: number, toMs: number) => boolean;
  /** The caption line at a session time (phase and session time, and what else was chosen). */
  readonly caption: (t: number) => string;
  readonly onProgress: (framesDone: number, frames: number) => void;
  readonly signal: AbortSignal;
}

/** The browser cannot make video files at all. */
export class NoVideoEncoder extends Error {}

/**
 * Films the replay frame by frame: each frame moves the playhead to its session time, has the
 * room draw that moment once at the video's size, adds labels and caption, and hands the
 * frame to the encoder, which sets its time in the video. While nothing in the room changes,
 * the last picture of the room is reused and only the caption is drawn anew. Nothing runs in real time, so a
 * long session at a high speed takes as long as the machine needs to draw its frames.
 * Loaded only when a video is made.
 */
export async function makeVideo(job: VideoJob): Promise<{ blob: Blob; extension: string } | null> {
  await fontsReady();
  const [canvas, context] = canvasOfSize(job.request);
  // The room's last picture, kept while nothing moves: only the caption changes then.
  const [room, roomContext] = canvasOfSize(job.request);
  let roomAt: number | null = null;
  const encoder: FrameEncoder | null = (await webCodecsEncoder(canvas, VIDEO_FRAMES_PER_SECOND)) ?? mediaRecorderEncoder(canvas, VIDEO_FRAMES_PER_SECOND);
  if (!encoder) throw new NoVideoEncoder();
  const release = job.capture.hold(job.request);
  try {
    for (const [i, t] of job.times.entries()) {
      if (job.signal.aborted) {
        await encoder.cancel();
        return null;
      }
      if (roomAt === null || job.changed(roomAt, t) || t < roomAt) {
        await job.showMoment(t);
        drawRoom(job.capture, roomContext, job.request);
        roomAt = t;
      }
      context.drawImage(room, 0, 0);
      drawCaption(context, job.caption(t), pictureScale(job.request), job.request);
      await encoder.add();
      job.onProgress(i + 1, job.times.length);
    }
    return await encoder.finish();
  } catch (error) {
    await encoder.cancel().catch(() => undefined);
    throw error;
  } finally {
    release();
  }
}

function canvasOfSize(size: { widthPx: number; heightPx: number }): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const canvas = document.createElement('canvas');
  canvas.width = size.widthPx;
  canvas.height = size.heightPx;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  return [canvas, context];
}
