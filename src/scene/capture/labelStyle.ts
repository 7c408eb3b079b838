/**
 * How a figure's label looks, in CSS pixels of the room on screen (labels.css), for pictures
 * and video frames that draw the labels themselves: the page's labels are DOM text over the
 * canvas and never reach the canvas's pixels. Kept beside the capture so both ends agree.
 */
export const LABEL_STYLE = {
  fontSizePx: 14,
  lineHeightPx: 18,
  fontWeight: 600,
  fontFamily: "'Noto Sans', system-ui, sans-serif",
  paddingXPx: 7,
  paddingTopPx: 1,
  paddingBottomPx: 2,
  borderPx: 1,
  radiusPx: 8,
  /** A long name is cut short on the board (max-width: 11em), unless the figure is selected. */
  maxTextWidthPx: 14 * 11,
  text: '#2f2a24',
  background: 'rgba(251, 246, 236, 0.9)',
  border: 'rgba(90, 75, 60, 0.28)',
  selectedBackground: '#fffaf0',
  selectedBorder: '#b0842f',
  leader: 'rgba(90, 75, 60, 0.75)',
  leaderWidthPx: 1.25,
} as const;

/** The canvas font of a label, at a scale (picture pixels per CSS pixel). */
export const labelFont = (scale = 1) => `${LABEL_STYLE.fontWeight} ${LABEL_STYLE.fontSizePx * scale}px ${LABEL_STYLE.fontFamily}`;

/** A label's box around text of a given width, in CSS pixels, as the page lays it out. */
export function labelBox(textWidthPx: number, whole: boolean): { widthPx: number; heightPx: number; textWidthPx: number } {
  const shown = whole ? textWidthPx : Math.min(textWidthPx, LABEL_STYLE.maxTextWidthPx);
  return {
    textWidthPx: shown,
    widthPx: Math.ceil(shown) + 2 * (LABEL_STYLE.paddingXPx + LABEL_STYLE.borderPx),
    heightPx: LABEL_STYLE.lineHeightPx + LABEL_STYLE.paddingTopPx + LABEL_STYLE.paddingBottomPx + 2 * LABEL_STYLE.borderPx,
  };
}
