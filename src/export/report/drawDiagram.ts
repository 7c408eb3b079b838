import { type Color, LineCapStyle, type PDFPage, rgb } from 'pdf-lib';
import type { DiagramPaint, DiagramShape, DiagramShapes } from '../../diagram/diagramShapes';
import { drawRuns, type Face, widthOf } from './reportFace';

/** Where a diagram goes on the page: its top-left corner in PDF points and points per diagram pixel. */
export interface DiagramPlacement {
  readonly x: number;
  readonly top: number;
  readonly scale: number;
  readonly face: Face;
  readonly boldFace: Face;
}

/** An affine transform of diagram pixels (y down): x' = a·x + c·y + e, y' = b·x + d·y + f. */
type Matrix = readonly [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

const apply = (m: Matrix, x: number, y: number) => ({ x: m[0] * x + m[2] * y + m[4], y: m[1] * x + m[3] * y + m[5] });

export function colourOf(hex: string): Color {
  const value = /^#?([0-9a-f]{6})$/i.exec(hex)?.[1] ?? '000000';
  const channel = (at: number) => parseInt(value.slice(at, at + 2), 16) / 255;
  return rgb(channel(0), channel(2), channel(4));
}

const n = (value: number) => String(Math.round(value * 100) / 100);

/** Bézier handles that make a quarter circle (4/3·(√2−1)). */
const KAPPA = 0.5522847498;

/** A circle as four Bézier quarters: pdf-lib draws curves as they are, where an arc would be worked out again. */
function circlePath(m: Matrix, cx: number, cy: number, r: number): string {
  const k = KAPPA * r;
  const p = (x: number, y: number) => {
    const point = apply(m, cx + x, cy + y);
    return `${n(point.x)} ${n(point.y)}`;
  };
  return (
    `M${p(r, 0)} C${p(r, k)} ${p(k, r)} ${p(0, r)} C${p(-k, r)} ${p(-r, k)} ${p(-r, 0)} ` +
    `C${p(-r, -k)} ${p(-k, -r)} ${p(0, -r)} C${p(k, -r)} ${p(r, -k)} ${p(r, 0)} Z`
  );
}

/** A rectangle, its corners rounded by `rx`; the group's turn carries the corners with it. */
function rectPath(m: Matrix, x: number, y: number, width: number, height: number, rx = 0): string {
  const r = Math.min(rx, width / 2, height / 2);
  const points: { x: number; y: number }[] = [];
  const corner = (cx: number, cy: number, startDegrees: number) => {
    for (let step = 0; step <= 4; step += 1) {
      const angle = ((startDegrees + step * 22.5) * Math.PI) / 180;
      points.push({ x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) });
    }
  };
  if (r <= 0) points.push({ x, y }, { x: x + width, y }, { x: x + width, y: y + height }, { x, y: y + height });
  else {
    corner(x + width - r, y + r, 270);
    corner(x + width - r, y + height - r, 0);
    corner(x + r, y + height - r, 90);
    corner(x + r, y + r, 180);
  }
  return polygonPath(m, points, true);
}

function polygonPath(m: Matrix, points: readonly { x: number; y: number }[], closed: boolean): string {
  const moved = points.map((point) => apply(m, point.x, point.y));
  return moved.map((point, i) => `${i === 0 ? 'M' : 'L'}${n(point.x)} ${n(point.y)}`).join(' ') + (closed ? ' Z' : '');
}

function paintPath(page: PDFPage, path: string, paint: DiagramPaint, opacity: number, at: DiagramPlacement) {
  const own = opacity * (paint.opacity ?? 1);
  const fill = paint.fill && paint.fill !== 'none' ? paint.fill : undefined;
  const fillOpacity = own * (paint.fillOpacity ?? 1);
  const stroke = paint.stroke && paint.stroke !== 'none' ? paint.stroke : undefined;
  if (!fill && !stroke) return;
  // A fully transparent fill is a hit area for the pointer, not ink.
  if (fill && fillOpacity <= 0.001 && !stroke) return;
  page.drawSvgPath(path, {
    x: at.x,
    y: at.top,
    scale: at.scale,
    ...(fill && fillOpacity > 0.001 ? { color: colourOf(fill), opacity: fillOpacity } : {}),
    ...(stroke
      ? {
          borderColor: colourOf(stroke),
          borderWidth: paint.strokeWidth ?? 1,
          borderOpacity: own * (paint.strokeOpacity ?? 1),
          borderLineCap: LineCapStyle.Round,
          ...(paint.strokeDasharray ? { borderDashArray: [...paint.strokeDasharray] } : {}),
        }
      : {}),
  });
}

function drawShape(page: PDFPage, shape: DiagramShape, m: Matrix, opacity: number, at: DiagramPlacement): void {
  switch (shape.kind) {
    case 'group': {
      let inner = m;
      if (shape.translate) inner = multiply(inner, [1, 0, 0, 1, shape.translate.x, shape.translate.y]);
      if (shape.rotateDegrees) {
        const radians = (shape.rotateDegrees * Math.PI) / 180;
        inner = multiply(inner, [Math.cos(radians), Math.sin(radians), -Math.sin(radians), Math.cos(radians), 0, 0]);
      }
      for (const child of shape.children) drawShape(page, child, inner, opacity * (shape.opacity ?? 1), at);
      return;
    }
    case 'circle':
      return paintPath(page, circlePath(m, shape.cx, shape.cy, shape.r), shape, opacity, at);
    case 'rect':
      return paintPath(page, rectPath(m, shape.x, shape.y, shape.width, shape.height, shape.rx), shape, opacity, at);
    case 'path':
      // An open path is a line (a trail, a leader): it is never filled.
      return paintPath(page, polygonPath(m, shape.points, shape.closed), shape.closed ? shape : { ...shape, fill: 'none' }, opacity, at);
    case 'text': {
      const face = shape.fontWeight >= 600 ? at.boldFace : at.face;
      const size = shape.fontSizePx * at.scale;
      const width = widthOf(face, shape.text, size);
      const anchor = apply(m, shape.x, shape.y);
      const shift = shape.anchor === 'middle' ? width / 2 : shape.anchor === 'end' ? width : 0;
      drawRuns(page, face, shape.text, {
        x: at.x + anchor.x * at.scale - shift,
        y: at.top - anchor.y * at.scale,
        size,
        color: colourOf(shape.fill),
        opacity: opacity * (shape.opacity ?? 1),
      });
      return;
    }
  }
}

/** Draws the top-view diagram as vector paths and real text, clipped to nothing: the diagram's own floor is its frame. */
export function drawDiagram(page: PDFPage, diagram: DiagramShapes, at: DiagramPlacement): void {
  for (const shape of diagram.children) drawShape(page, shape, IDENTITY, 1, at);
}
