import { DIAGRAM_FONT_FAMILY } from '../../diagram/diagramToSvg';
import { estimateTextWidth, type MeasureText } from '../../diagram/labelText';
import { LABEL_STYLE } from '../../diagram/diagramLabels';

/**
 * Measures labels in the app's own font, so each label's box fits its words exactly; where the
 * browser cannot measure (no OffscreenCanvas), the diagram's estimate stands in.
 */
export function browserMeasure(): MeasureText {
  const context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return estimateTextWidth;
  const widths = new Map<string, number>();
  return (text, fontSizePx) => {
    const key = `${fontSizePx}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      context.font = `${LABEL_STYLE.fontWeight} ${fontSizePx}px ${DIAGRAM_FONT_FAMILY}`;
      width = context.measureText(text).width;
      widths.set(key, width);
    }
    return width;
  };
}
