let known: boolean | undefined;

/** Whether this browser gives the room a WebGL context at all; asked once per page. */
export function webglAvailable(): boolean {
  known ??= probeWebgl(() => document.createElement('canvas'));
  return known;
}

/** Asks a fresh canvas for WebGL 2 or 1 and lets the context go at once: a browser keeps only a few. */
export function probeWebgl(createCanvas: () => HTMLCanvasElement): boolean {
  try {
    const canvas = createCanvas();
    const context = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!context) return false;
    context.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}

/** An error from a renderer that could not get or keep its WebGL context (three says "Error creating WebGL context."). */
export function isWebglFailure(error: unknown): boolean {
  return error instanceof Error && /webgl/i.test(error.message);
}
