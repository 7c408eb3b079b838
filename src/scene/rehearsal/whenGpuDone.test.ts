import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenGpuDone } from './whenGpuDone';

const SIGNALED = 0x9119;
const UNSIGNALED = 0x9118;

/** A WebGL 2 context whose GPU finishes when the test says so; it keeps count of fences made, flushed and deleted. */
function fakeWebgl2() {
  const gpu = { done: false, lost: false, fences: 0, deleted: 0, flushed: 0 };
  class FakeWebgl2 {
    SYNC_GPU_COMMANDS_COMPLETE = 0x9117;
    SYNC_STATUS = 0x9114;
    SIGNALED = SIGNALED;
    fenceSync() {
      gpu.fences += 1;
      return {};
    }
    flush() {
      gpu.flushed += 1;
    }
    getSyncParameter() {
      return gpu.done ? SIGNALED : UNSIGNALED;
    }
    deleteSync() {
      gpu.deleted += 1;
    }
    isContextLost() {
      return gpu.lost;
    }
  }
  vi.stubGlobal('WebGL2RenderingContext', FakeWebgl2);
  return { gl: new FakeWebgl2() as unknown as WebGL2RenderingContext, gpu };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('waiting for the GPU without stopping the page', () => {
  it('calls back once the fence set after the commands is passed, and not before', () => {
    vi.useFakeTimers();
    const { gl, gpu } = fakeWebgl2();
    const done = vi.fn();
    whenGpuDone(gl, done, 30);
    expect(gpu.flushed).toBe(1);
    vi.advanceTimersByTime(90);
    expect(done).not.toHaveBeenCalled();
    gpu.done = true;
    vi.advanceTimersByTime(30);
    expect(done).toHaveBeenCalledTimes(1);
    expect(gpu.deleted).toBe(1);
    vi.advanceTimersByTime(300);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('does not wait for a lost context, whose commands will never run', () => {
    vi.useFakeTimers();
    const { gl, gpu } = fakeWebgl2();
    const done = vi.fn();
    whenGpuDone(gl, done, 30);
    gpu.lost = true;
    vi.advanceTimersByTime(30);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('calls nothing once cancelled, and lets the fence go', () => {
    vi.useFakeTimers();
    const { gl, gpu } = fakeWebgl2();
    const done = vi.fn();
    const cancel = whenGpuDone(gl, done, 30);
    cancel();
    gpu.done = true;
    vi.advanceTimersByTime(300);
    expect(done).not.toHaveBeenCalled();
    expect(gpu.deleted).toBe(1);
  });

  it('gives WebGL 1, which has no fences, a fixed time', () => {
    vi.useFakeTimers();
    fakeWebgl2();
    const done = vi.fn();
    whenGpuDone({} as WebGLRenderingContext, done, 30, 500);
    vi.advanceTimersByTime(499);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(done).toHaveBeenCalledTimes(1);
  });
});
