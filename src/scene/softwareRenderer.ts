/**
 * Renderers that draw on the processor instead of a graphics chip (Chromium's SwiftShader, Mesa's
 * llvmpipe, "Microsoft Basic Render Driver"): there multisampling costs about a quarter of every
 * frame, more than its smoother edges are worth.
 */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** Whether the named renderer draws in software; an unknown renderer is taken as hardware. */
export function isSoftwareRenderer(rendererName: string | null): boolean {
  return rendererName !== null && SOFTWARE_RENDERER.test(rendererName);
}

/** The renderer's name, as a throwaway WebGL context reports it, or null when none is given. */
export function probeRendererName(canvas: HTMLCanvasElement): string | null {
  let gl: WebGLRenderingContext | WebGL2RenderingContext | null;
  try {
    gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  } catch {
    return null;
  }
  if (!gl) return null;
  try {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
    return typeof name === 'string' ? name : null;
  } finally {
    // Browsers allow few live contexts: give this one back at once.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
}

let multisampling: boolean | undefined;

/** Whether the room's canvas should ask for multisampled edges: probed once per page. */
export function wantsMultisampling(): boolean {
  multisampling ??= !isSoftwareRenderer(probeRendererName(document.createElement('canvas')));
  return multisampling;
}
