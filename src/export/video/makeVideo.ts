import type { CaptureRequest, RoomCapture } from '../../scene/capture/captureSlot';
import { composeFrame, fontsReady } from '../picture/composeFrame';
import { type FrameEncoder, mediaRecorderEncoder, webCodecsEncoder } from './encodeFrames';
import { VIDEO_FRAMES_PER_SECOND } from './videoPlan';

export interface VideoJob {
  readonly capture: RoomCapture;
  readonly request: CaptureRequest;
  /** The session time of every frame, in order (`frameTimes`). */
  readonly times: readonly number[];
  /** Moves the replay to a session time and resolves once the room shows it. */
  readonly showMoment: (t: number) => Promise<void>;
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
 * frame to the encoder, which sets its time in the video. Nothing runs in real time, so a
 * long session at a high speed takes as long as the machine needs to draw its frames.
 * Loaded only when a video is made.
 */
export async function makeVideo(job: VideoJob): Promise<{ blob: Blob; extension: string } | null> {
  await fontsReady();
  const canvas = document.createElement('canvas');
  canvas.width = job.request.widthPx;
  canvas.height = job.request.heightPx;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  const encoder: FrameEncoder | null = (await webCodecsEncoder(canvas, VIDEO_FRAMES_PER_SECOND)) ?? mediaRecorderEncoder(canvas, VIDEO_FRAMES_PER_SECOND);
  if (!encoder) throw new NoVideoEncoder();
  const release = job.capture.hold(job.request);
  try {
    for (const [i, t] of job.times.entries()) {
      if (job.signal.aborted) {
        await encoder.cancel();
        return null;
      }
      await job.showMoment(t);
      composeFrame(job.capture, context, job.request, job.caption(t));
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
