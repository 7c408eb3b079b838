import type { DiagramPaint, DiagramShape, DiagramShapes } from './diagramShapes';

/** The app's own font first: the PDF writer embeds it, a browser has it loaded. */
export const DIAGRAM_FONT_FAMILY = "'Noto Sans', system-ui, sans-serif";

/** Numbers with at most two decimals and no trailing zeros, so the text is short and the same on every run. */
const n = (value: number): string => {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
};

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const attributeName = (key: string) => `data-${key.replace(/[^a-z0-9-]/gi, '')}`;

function paint(shape: DiagramPaint): string {
  const parts = [`fill="${shape.fill ?? 'none'}"`];
  if (shape.fillOpacity !== undefined) parts.push(`fill-opacity="${n(shape.fillOpacity)}"`);
  if (shape.stroke) {
    parts.push(`stroke="${shape.stroke}"`, `stroke-width="${n(shape.strokeWidth ?? 1)}"`, 'stroke-linecap="round"', 'stroke-linejoin="round"');
    if (shape.strokeOpacity !== undefined) parts.push(`stroke-opacity="${n(shape.strokeOpacity)}"`);
    if (shape.strokeDasharray) parts.push(`stroke-dasharray="${shape.strokeDasharray.map(n).join(' ')}"`);
  }
  if (shape.opacity !== undefined) parts.push(`opacity="${n(shape.opacity)}"`);
  if (shape.ignoresPointer) parts.push('pointer-events="none"');
  return parts.join(' ');
}

function shapeMarkup(shape: DiagramShape): string {
  switch (shape.kind) {
    case 'circle':
      return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" ${paint(shape)}/>`;
    case 'rect':
      return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}"${shape.rx ? ` rx="${n(shape.rx)}"` : ''} ${paint(shape)}/>`;
    case 'path': {
      const d = shape.points.map((point, i) => `${i === 0 ? 'M' : 'L'}${n(point.x)} ${n(point.y)}`).join(' ') + (shape.closed ? ' Z' : '');
      return `<path d="${d}" ${paint(shape)}/>`;
    }
    case 'text':
      return `<text x="${n(shape.x)}" y="${n(shape.y)}" font-size="${n(shape.fontSizePx)}" font-weight="${shape.fontWeight}" fill="${shape.fill}" text-anchor="${shape.anchor}"${shape.opacity !== undefined ? ` opacity="${n(shape.opacity)}"` : ''}>${escapeXml(shape.text)}</text>`;
    case 'group': {
      const transform = [
        shape.translate ? `translate(${n(shape.translate.x)} ${n(shape.translate.y)})` : '',
        shape.rotateDegrees ? `rotate(${n(shape.rotateDegrees)})` : '',
      ]
        .filter(Boolean)
        .join(' ');
      const attributes = [
        transform ? `transform="${transform}"` : '',
        shape.opacity !== undefined ? `opacity="${n(shape.opacity)}"` : '',
        ...Object.entries(shape.data ?? {}).map(([key, value]) => `${attributeName(key)}="${escapeXml(value)}"`),
      ].filter(Boolean);
      return `<g${attributes.length ? ` ${attributes.join(' ')}` : ''}>${shape.children.map(shapeMarkup).join('')}</g>`;
    }
  }
}

/** The shapes as SVG elements without the outer `<svg>`: what the 2D board puts inside its own. */
export function diagramMarkup(shapes: DiagramShapes): string {
  return shapes.children.map(shapeMarkup).join('');
}

/** A standalone SVG document: labels are real `<text>`, so a PDF made from it keeps them sharp and selectable. */
export function diagramToSvg(shapes: DiagramShapes): string {
  const { widthPx, heightPx } = shapes;
  const title = shapes.title ? `<title>${escapeXml(shapes.title)}</title>` : '';
  const role = shapes.title ? ' role="img"' : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(widthPx)}" height="${n(heightPx)}" viewBox="0 0 ${n(widthPx)} ${n(heightPx)}"${role}` +
    ` font-family="${escapeXml(DIAGRAM_FONT_FAMILY)}">${title}${diagramMarkup(shapes)}</svg>`
  );
}
