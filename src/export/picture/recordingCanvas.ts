import type { DiagramContext, DiagramLayer } from './paintDiagram';

/** What a recording canvas saw painted: where (in the canvas's pixels), in what, how see-through. */
export interface Painted {
  readonly name: 'fill' | 'stroke' | 'fillText' | 'drawImage';
  readonly text?: string;
  /** The path's points (for fill and stroke), or the text's anchor, in canvas pixels. */
  readonly points: readonly { x: number; y: number }[];
  readonly alpha: number;
  readonly style: string;
  readonly font: string;
  readonly textAlign: string;
  readonly lineWidth: number;
  readonly source?: unknown;
}

type Matrix = { a: number; b: number; c: number; d: number; e: number; f: number };
const IDENTITY: Matrix = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
const times = (m: Matrix, n: Matrix): Matrix => ({
  a: m.a * n.a + m.c * n.b,
  b: m.b * n.a + m.d * n.b,
  c: m.a * n.c + m.c * n.d,
  d: m.b * n.c + m.d * n.d,
  e: m.a * n.e + m.c * n.f + m.e,
  f: m.b * n.e + m.d * n.f + m.f,
});

/**
 * A 2D context for tests (jsdom has none) that keeps a canvas's semantics where a diagram
 * depends on them: the transform and its save and restore, the state saved with it (alpha,
 * styles, font), and paths built then filled or stroked. Everything painted is written down in
 * canvas pixels.
 */
export function recordingCanvas(): { context: DiagramContext; painted: Painted[] } {
  const painted: Painted[] = [];
  type State = { matrix: Matrix; globalAlpha: number; fillStyle: string; strokeStyle: string; font: string; textAlign: string; lineWidth: number };
  let state: State = {
    matrix: IDENTITY,
    globalAlpha: 1,
    fillStyle: '#000000',
    strokeStyle: '#000000',
    font: '10px sans-serif',
    textAlign: 'start',
    lineWidth: 1,
  };
  const stack: State[] = [];
  let path: { x: number; y: number }[] = [];
  const at = (x: number, y: number) => ({
    x: state.matrix.a * x + state.matrix.c * y + state.matrix.e,
    y: state.matrix.b * x + state.matrix.d * y + state.matrix.f,
  });
  const record = (name: Painted['name'], extra: Partial<Painted>, points: { x: number; y: number }[]) =>
    painted.push({
      name,
      points,
      alpha: state.globalAlpha,
      style: name === 'stroke' ? state.strokeStyle : state.fillStyle,
      font: state.font,
      textAlign: state.textAlign,
      lineWidth: state.lineWidth,
      ...extra,
    });
  const context = {
    save: () => stack.push({ ...state }),
    restore: () => {
      state = stack.pop() ?? state;
    },
    translate: (x: number, y: number) => {
      state.matrix = times(state.matrix, { ...IDENTITY, e: x, f: y });
    },
    rotate: (angle: number) => {
      const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
      state.matrix = times(state.matrix, { a: cos, b: sin, c: -sin, d: cos, e: 0, f: 0 });
    },
    getTransform: () => ({ ...state.matrix }) as DOMMatrix,
    setTransform: (...args: unknown[]) => {
      const [a, b, c, d, e, f] = args;
      state.matrix =
        typeof a === 'object' ? { ...(a as Matrix) } : { a: a as number, b: b as number, c: c as number, d: d as number, e: e as number, f: f as number };
    },
    clearRect: () => undefined,
    drawImage: (source: unknown, x: number, y: number) => record('drawImage', { source }, [at(x, y)]),
    beginPath: () => {
      path = [];
    },
    moveTo: (x: number, y: number) => path.push(at(x, y)),
    lineTo: (x: number, y: number) => path.push(at(x, y)),
    closePath: () => undefined,
    arc: (x: number, y: number, r: number) => path.push(at(x - r, y), at(x + r, y)),
    rect: (x: number, y: number, width: number, height: number) => path.push(at(x, y), at(x + width, y + height)),
    roundRect: (x: number, y: number, width: number, height: number) => path.push(at(x, y), at(x + width, y + height)),
    fill: () => record('fill', {}, [...path]),
    stroke: () => record('stroke', {}, [...path]),
    fillText: (text: string, x: number, y: number) => record('fillText', { text }, [at(x, y)]),
    setLineDash: () => undefined,
    lineCap: 'butt',
    lineJoin: 'miter',
    textBaseline: 'alphabetic',
  };
  for (const key of ['globalAlpha', 'fillStyle', 'strokeStyle', 'font', 'textAlign', 'lineWidth'] as const) {
    Object.defineProperty(context, key, {
      get: () => state[key],
      set: (value: never) => {
        state[key] = value;
      },
    });
  }
  return { context: context as unknown as DiagramContext, painted };
}

/** A layer factory whose layers record too, each named so a test can tell where it was laid down. */
export function recordingLayers(): { newLayer: () => DiagramLayer; layers: { name: string; painted: Painted[] }[] } {
  const layers: { name: string; painted: Painted[] }[] = [];
  return {
    layers,
    newLayer: () => {
      const { context, painted } = recordingCanvas();
      const name = `layer ${layers.length + 1}`;
      layers.push({ name, painted });
      return { context, source: name as unknown as CanvasImageSource };
    },
  };
}
