import type { LabelContext } from './drawLabels';

const CAPTION_FONT_PX = 13;
const CAPTION_PADDING_PX = 8;
const CAPTION_MARGIN_PX = 10;
const CAPTION_FONT = `500 ${CAPTION_FONT_PX}px 'Noto Sans', system-ui, sans-serif`;

/** The parts of a caption that are shown, in the order they are read; empty parts drop out. */
export interface CaptionParts {
  readonly pseudonym: string | null;
  readonly date: string | null;
  readonly phase: string | null;
  readonly sessionTime: string | null;
}

/** The caption's one line: what is shown of pseudonym, date, phase and session time. */
export function captionLine(parts: CaptionParts): string {
  return [parts.pseudonym, parts.date, parts.phase, parts.sessionTime].filter((part): part is string => !!part && part.trim() !== '').join('  ·  ');
}

/**
 * A light caption in the picture's bottom left corner, on a soft band so it reads over the
 * floor; sizes are CSS pixels of the room the picture stands for, scaled like the labels.
 */
export function drawCaption(context: LabelContext, line: string, scale: number, picture: { widthPx: number; heightPx: number }): void {
  if (line === '') return;
  context.save();
  context.scale(scale, scale);
  context.font = CAPTION_FONT;
  context.textBaseline = 'middle';
  context.textAlign = 'left';
  const roomPx = picture.widthPx / scale - 2 * (CAPTION_MARGIN_PX + CAPTION_PADDING_PX);
  const width = Math.min(context.measureText(line).width, roomPx);
  const height = CAPTION_FONT_PX + 2 * CAPTION_PADDING_PX;
  const x = CAPTION_MARGIN_PX;
  const y = picture.heightPx / scale - CAPTION_MARGIN_PX - height;
  context.globalAlpha = 1;
  context.beginPath();
  context.roundRect(x, y, width + 2 * CAPTION_PADDING_PX, height, 6);
  context.fillStyle = 'rgba(251, 246, 236, 0.85)';
  context.fill();
  context.fillStyle = '#3b342c';
  context.fillText(line, x + CAPTION_PADDING_PX, y + height / 2, roomPx);
  context.restore();
}
