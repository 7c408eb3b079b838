import { describe, expect, it, vi } from 'vitest';
import { isWebglFailure, probeWebgl } from './webglSupport';

/** A canvas that answers for the kinds of context it is given, as a browser's would. */
function canvasWith(contexts: Record<string, unknown>): () => HTMLCanvasElement {
  return () => ({ getContext: (kind: string) => contexts[kind] ?? null }) as unknown as HTMLCanvasElement;
}

describe('probeWebgl', () => {
  it('finds WebGL 2, or WebGL 1 where only that is offered, and lets the probe context go at once', () => {
    const loseContext = vi.fn();
    const context = { getExtension: (name: string) => (name === 'WEBGL_lose_context' ? { loseContext } : null) };
    expect(probeWebgl(canvasWith({ webgl2: context }))).toBe(true);
    expect(probeWebgl(canvasWith({ webgl: context }))).toBe(true);
    expect(loseContext).toHaveBeenCalledTimes(2);
  });

  it('says no when the browser refuses both, or throws', () => {
    expect(probeWebgl(canvasWith({}))).toBe(false);
    expect(
      probeWebgl(() => {
        throw new Error('blocked');
      }),
    ).toBe(false);
  });
});

describe('isWebglFailure', () => {
  it('tells a renderer that could not start from any other failure', () => {
    expect(isWebglFailure(new Error('Error creating WebGL context.'))).toBe(true);
    expect(isWebglFailure(new Error('Failed to fetch dynamically imported module'))).toBe(false);
    expect(isWebglFailure('webgl')).toBe(false);
  });
});
