import { BufferTarget, CanvasSource, getFirstEncodableVideoCodec, Mp4OutputFormat, Output, QUALITY_MEDIUM, WebMOutputFormat } from 'mediabunny';

/** Takes frames drawn on a canvas, one at a time, and gives the finished file. */
export interface FrameEncoder {
  /** Adds what the canvas shows now as the next frame; resolves when the encoder can take another. */
  add(): Promise<void>;
  finish(): Promise<{ readonly blob: Blob; readonly extension: string }>;
  cancel(): Promise<void>;
}

/**
 * A browser that encodes H.264 may still be unable to play it (some Linux builds): MP4 is
 * chosen only where the browser could also play the file it hands over.
 */
const playsMp4 = () => typeof document !== 'undefined' && document.createElement('video').canPlayType('video/mp4; codecs="avc1.42E01E"') !== '';

/**
 * WebCodecs through mediabunny: frames are encoded as fast as they are drawn, not in real
 * time. MP4 (H.264) where the browser can make and play it, since nearly every player opens
 * it; WebM (VP9, then VP8) otherwise. Null when the browser has no video encoder for these.
 */
export async function webCodecsEncoder(canvas: HTMLCanvasElement, framesPerSecond: number): Promise<FrameEncoder | null> {
  if (typeof VideoEncoder === 'undefined') return null;
  const codec = await getFirstEncodableVideoCodec(playsMp4() ? ['avc', 'vp9', 'vp8'] : ['vp9', 'vp8'], {
    width: canvas.width,
    height: canvas.height,
    quality: QUALITY_MEDIUM,
  });
  if (!codec) return null;
  const format = codec === 'avc' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat();
  const output = new Output({ format, target: new BufferTarget() });
  const source = new CanvasSource(canvas, { codec, quality: QUALITY_MEDIUM, keyFrameInterval: 2 });
  output.addVideoTrack(source, { frameRate: framesPerSecond });
  await output.start();
  let frame = 0;
  return {
    add: () => {
      const at = frame / framesPerSecond;
      frame += 1;
      return source.add(at, 1 / framesPerSecond);
    },
    finish: async () => {
      await output.finalize();
      const buffer = output.target.buffer;
      if (!buffer) throw new Error('The video is empty');
      return { blob: new Blob([buffer], { type: format.mimeType }), extension: format.fileExtension.replace(/^\./, '') };
    },
    cancel: () => output.cancel(),
  };
}

/**
 * Where WebCodecs is missing: the canvas is filmed by MediaRecorder, which keeps the wall
 * clock's time, so frames are shown one frame's length apart and the video takes as long to
 * make as it lasts.
 */
export function mediaRecorderEncoder(canvas: HTMLCanvasElement, framesPerSecond: number): FrameEncoder | null {
  if (typeof MediaRecorder === 'undefined' || typeof canvas.captureStream !== 'function') return null;
  const type = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm', 'video/mp4'].find((candidate) => MediaRecorder.isTypeSupported(candidate));
  if (!type) return null;
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack | undefined;
  const recorder = new MediaRecorder(stream, { mimeType: type });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => chunks.push(event.data);
  recorder.start();
  const stopped = () => new Promise<void>((resolve) => recorder.addEventListener('stop', () => resolve(), { once: true }));
  return {
    add: async () => {
      track?.requestFrame();
      await new Promise((resolve) => setTimeout(resolve, 1000 / framesPerSecond));
    },
    finish: async () => {
      const done = stopped();
      recorder.stop();
      await done;
      stream.getTracks().forEach((each) => each.stop());
      return { blob: new Blob(chunks, { type: type.split(';')[0] }), extension: type.includes('mp4') ? 'mp4' : 'webm' };
    },
    cancel: async () => {
      if (recorder.state !== 'inactive') recorder.stop();
      stream.getTracks().forEach((each) => each.stop());
    },
  };
}
