import { describe, expect, it, vi } from 'vitest';
import { isSoftwareRenderer, probeRendererName } from './softwareRenderer';

describe('isSoftwareRenderer', () => {
  it.each([
    'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    'llvmpipe (LLVM 15.0.6, 256 bits)',
    'Google SwiftShader',
    'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)',
  ])('takes %s for software', (name) => {
    expect(isSoftwareRenderer(name)).toBe(true);
  });

  it.each(['ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)', 'Apple M1', 'Mali-G52', 'WebKit WebGL'])(
    'takes %s for hardware',
    (name) => {
      expect(isSoftwareRenderer(name)).toBe(false);
    },
  );

  it('takes an unknown renderer for hardware', () => {
    expect(isSoftwareRenderer(null)).toBe(false);
  });
});

/** A WebGL context that says what it is, and remembers whether it was given back. */
function fakeContext(rendererName: string, withDebugInfo: boolean) {
  const lost = vi.fn();
  const DEBUG = { UNMASKED_RENDERER_WEBGL: 0x9246 };
  const RENDERER = 0x1f01;
  const gl = {
    RENDERER,
    getExtension: (name: string) =>
      name === 'WEBGL_debug_renderer_info' ? (withDebugInfo ? DEBUG : null) : name === 'WEBGL_lose_context' ? { loseContext: lost } : null,
    getParameter: (parameter: number) =>
      parameter === DEBUG.UNMASKED_RENDERER_WEBGL && withDebugInfo ? rendererName : parameter === RENDERER ? 'WebKit WebGL' : null,
  };
  const canvas = { getContext: (kind: string) => (kind === 'webgl2' ? gl : null) } as unknown as HTMLCanvasElement;
  return { canvas, lost };
}

describe('probeRendererName', () => {
  it('reads the unmasked renderer and gives the context back', () => {
    const { canvas, lost } = fakeContext('Google SwiftShader', true);
    expect(probeRendererName(canvas)).toBe('Google SwiftShader');
    expect(lost).toHaveBeenCalledOnce();
  });

  it('falls back to the plain renderer name where the unmasked one is withheld', () => {
    const { canvas, lost } = fakeContext('Google SwiftShader', false);
    expect(probeRendererName(canvas)).toBe('WebKit WebGL');
    expect(lost).toHaveBeenCalledOnce();
  });

  it('says null where there is no WebGL at all, or asking for it fails', () => {
    expect(probeRendererName({ getContext: () => null } as unknown as HTMLCanvasElement)).toBeNull();
    const failing = {
      getContext: () => {
        throw new Error('blocked');
      },
    } as unknown as HTMLCanvasElement;
    expect(probeRendererName(failing)).toBeNull();
  });
});
