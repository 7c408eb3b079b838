import type { CapturedLabel } from '../../scene/capture/captureSlot';
import { LABEL_STYLE, labelFont } from '../../scene/capture/labelStyle';
import { nearestPointOnRect } from '../../scene/labels/placeLabels';

/** The parts of a 2D context the labels are drawn with, so tests can watch the drawing. */
export type LabelContext = Pick<
  CanvasRenderingContext2D,
  | 'save'
  | 'restore'
  | 'scale'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'stroke'
  | 'fill'
  | 'roundRect'
  | 'fillText'
  | 'measureText'
  | 'font'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'globalAlpha'
  | 'textBaseline'
  | 'textAlign'
>;

/**
 * Draws the figures' labels as the page shows them (rounded boxes, leader lines to figures
 * whose label had to stand aside), scaled from CSS pixels to the picture's pixels. The text is
 * drawn as text at the picture's size, so it stays sharp at 3840 pixels wide.
 */
export function drawLabels(context: LabelContext, labels: readonly CapturedLabel[], scale: number): void {
  context.save();
  context.scale(scale, scale);
  context.strokeStyle = LABEL_STYLE.leader;
  context.lineWidth = LABEL_STYLE.leaderWidthPx;
  for (const label of labels) {
    if (!label.leaderFrom) continue;
    const to = nearestPointOnRect(label.rect, label.leaderFrom);
    context.globalAlpha = label.opacity;
    context.beginPath();
    context.moveTo(label.leaderFrom.x, label.leaderFrom.y);
    context.lineTo(to.x, to.y);
    context.stroke();
  }
  // The font is set unscaled: the context's scale makes it the picture's size.
  context.font = labelFont(1);
  context.textBaseline = 'middle';
  context.textAlign = 'left';
  for (const label of labels) drawLabel(context, label);
  context.restore();
}

function drawLabel(context: LabelContext, label: CapturedLabel) {
  const { x, y, width, height } = label.rect;
  const half = LABEL_STYLE.borderPx / 2;
  context.globalAlpha = label.opacity;
  context.beginPath();
  context.roundRect(x + half, y + half, width - LABEL_STYLE.borderPx, height - LABEL_STYLE.borderPx, LABEL_STYLE.radiusPx);
  context.fillStyle = label.selected ? LABEL_STYLE.selectedBackground : LABEL_STYLE.background;
  context.fill();
  context.strokeStyle = label.selected ? LABEL_STYLE.selectedBorder : LABEL_STYLE.border;
  context.lineWidth = LABEL_STYLE.borderPx;
  context.stroke();
  const room = width - 2 * (LABEL_STYLE.paddingXPx + LABEL_STYLE.borderPx);
  const text = fitText(context, label.text, room);
  const middle = y + LABEL_STYLE.borderPx + LABEL_STYLE.paddingTopPx + LABEL_STYLE.lineHeightPx / 2;
  context.fillStyle = LABEL_STYLE.text;
  context.fillText(text, x + LABEL_STYLE.borderPx + LABEL_STYLE.paddingXPx, middle);
}

/** The text as it fits the room, cut short with an ellipsis like the page's `text-overflow`. */
export function fitText(context: Pick<CanvasRenderingContext2D, 'measureText'>, text: string, roomPx: number): string {
  // Half a pixel of slack: the box was made from the rounded-up width of the same text.
  if (context.measureText(text).width <= roomPx + 0.5) return text;
  const characters = [...text];
  while (characters.length > 0 && context.measureText(`${characters.join('')}…`).width > roomPx + 0.5) characters.pop();
  return `${characters.join('')}…`;
}
