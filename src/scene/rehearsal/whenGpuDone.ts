/**
 * Calls `done` once the GPU has carried out every command given so far on `gl`, without blocking
 * the page: WebGL 2 sets a fence and looks at it between tasks, where `finish()` or reading a
 * pixel would stop the page until the GPU is through. WebGL 1 has no fences: there the GPU is
 * given `fallbackMs`. Returns a cancel.
 */
export function whenGpuDone(gl: WebGLRenderingContext | WebGL2RenderingContext, done: () => void, pollMs = 30, fallbackMs = 500): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const finish = (sync: WebGLSync | null) => {
    if (sync && isWebgl2(gl)) gl.deleteSync(sync);
    done();
  };
  if (!isWebgl2(gl)) {
    timer = setTimeout(() => finish(null), fallbackMs);
    return () => clearTimeout(timer);
  }
  const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  if (!sync) {
    timer = setTimeout(() => finish(null), fallbackMs);
    return () => clearTimeout(timer);
  }
  gl.flush();
  const look = () => {
    // A lost context never signals: its commands will not run, so there is nothing to wait for.
    if (gl.isContextLost() || gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED) finish(sync);
    else timer = setTimeout(look, pollMs);
  };
  timer = setTimeout(look, pollMs);
  return () => {
    clearTimeout(timer);
    if (!gl.isContextLost()) gl.deleteSync(sync);
  };
}

const isWebgl2 = (gl: WebGLRenderingContext | WebGL2RenderingContext): gl is WebGL2RenderingContext =>
  typeof WebGL2RenderingContext !== 'undefined' && gl instanceof WebGL2RenderingContext;
