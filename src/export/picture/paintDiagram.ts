import { DIAGRAM_FONT_FAMILY } from '../../diagram/diagramToSvg';
import type { DiagramPaint, DiagramShape, DiagramShapes } from '../../diagram/diagramShapes';

/** The parts of a 2D context a diagram is painted with, so tests can watch the painting. */
export type DiagramContext = Pick<
  CanvasRenderingContext2D,
  | 'save'
  | 'restore'
  | 'translate'
  | 'rotate'
  | 'getTransform'
  | 'setTransform'
  | 'clearRect'
  | 'drawImage'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'closePath'
  | 'arc'
  | 'rect'
  | 'roundRect'
  | 'fill'
  | 'stroke'
  | 'fillText'
  | 'setLineDash'
  | 'font'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineCap'
  | 'lineJoin'
  | 'globalAlpha'
  | 'textAlign'
  | 'textBaseline'
>;

/** A blank surface as large as the picture, to paint a see-through group on before it is laid down. */
export interface DiagramLayer {
  readonly context: DiagramContext;
  readonly source: CanvasImageSource;
}

export type NewLayer = (widthPx: number, heightPx: number) => DiagramLayer;

const ANCHORS = { start: 'left', middle: 'center', end: 'right' } as const;

/**
 * Paints the diagram's shapes onto a 2D canvas, as the SVG of the 2D board shows them, in the
 * context's current transform (the caller scales CSS pixels to the picture's). Painted on a
 * canvas rather than through an SVG image because a canvas writes its text in the page's own
 * loaded font (an SVG image sees no web font), and at once, so a picture and each frame of a
 * video are drawn in one go. A group that is see-through as a whole (a ghost, a fading figure)
 * is painted on a layer first, as SVG does, so its own parts do not show through each other.
 */
export function paintDiagram(context: DiagramContext, shapes: DiagramShapes, widthPx: number, heightPx: number, newLayer: NewLayer = canvasLayer): void {
  const layers: DiagramLayer[] = [];
  const layerAt = (depth: number): DiagramLayer => {
    const layer = layers[depth] ?? newLayer(widthPx, heightPx);
    layers[depth] = layer;
    layer.context.setTransform(1, 0, 0, 1, 0, 0);
    layer.context.clearRect(0, 0, widthPx, heightPx);
    return layer;
  };

  const paintShape = (target: DiagramContext, shape: DiagramShape, depth: number): void => {
    if (shape.kind !== 'group') return paintLeaf(target, shape);
    target.save();
    if (shape.translate) target.translate(shape.translate.x, shape.translate.y);
    if (shape.rotateDegrees) target.rotate((shape.rotateDegrees * Math.PI) / 180);
    if (shape.opacity === undefined || shape.opacity >= 1) {
      for (const child of shape.children) paintShape(target, child, depth);
    } else if (shape.opacity > 0) {
      const layer = layerAt(depth);
      layer.context.setTransform(target.getTransform());
      for (const child of shape.children) paintShape(layer.context, child, depth + 1);
      target.setTransform(1, 0, 0, 1, 0, 0);
      target.globalAlpha *= shape.opacity;
      target.drawImage(layer.source, 0, 0);
    }
    target.restore();
  };

  context.save();
  for (const shape of shapes.children) paintShape(context, shape, 0);
  context.restore();
}

function paintLeaf(context: DiagramContext, shape: Exclude<DiagramShape, { kind: 'group' }>): void {
  context.save();
  if (shape.kind === 'text') {
    context.globalAlpha *= shape.opacity ?? 1;
    context.font = `${shape.fontWeight} ${shape.fontSizePx}px ${DIAGRAM_FONT_FAMILY}`;
    context.textAlign = ANCHORS[shape.anchor];
    context.textBaseline = 'alphabetic';
    context.fillStyle = shape.fill;
    context.fillText(shape.text, shape.x, shape.y);
    context.restore();
    return;
  }
  context.beginPath();
  if (shape.kind === 'circle') context.arc(shape.cx, shape.cy, shape.r, 0, 2 * Math.PI);
  else if (shape.kind === 'rect') {
    if (shape.rx) context.roundRect(shape.x, shape.y, shape.width, shape.height, shape.rx);
    else context.rect(shape.x, shape.y, shape.width, shape.height);
  } else {
    shape.points.forEach((point, i) => (i === 0 ? context.moveTo(point.x, point.y) : context.lineTo(point.x, point.y)));
    if (shape.closed) context.closePath();
  }
  fillAndStroke(context, shape);
  context.restore();
}

function fillAndStroke(context: DiagramContext, paint: DiagramPaint): void {
  const alpha = context.globalAlpha * (paint.opacity ?? 1);
  if (paint.fill && paint.fill !== 'none') {
    context.globalAlpha = alpha * (paint.fillOpacity ?? 1);
    context.fillStyle = paint.fill;
    context.fill();
  }
  if (paint.stroke) {
    context.globalAlpha = alpha * (paint.strokeOpacity ?? 1);
    context.strokeStyle = paint.stroke;
    context.lineWidth = paint.strokeWidth ?? 1;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.setLineDash(paint.strokeDasharray ? [...paint.strokeDasharray] : []);
    context.stroke();
  }
}

function canvasLayer(widthPx: number, heightPx: number): DiagramLayer {
  const canvas = document.createElement('canvas');
  canvas.width = widthPx;
  canvas.height = heightPx;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  return { context, source: canvas };
}
