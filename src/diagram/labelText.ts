/**
 * How wide a label's text is, in pixels. A browser can measure exactly (a canvas's
 * measureText); without one (tests, a PDF written elsewhere) this estimate for Noto Sans
 * SemiBold is close enough to size a label's box, and errs wide so the text stays inside.
 */
export type MeasureText = (text: string, fontSizePx: number) => number;

const NARROW = new Set([..."iljIft!|.,:;'’ ()[]rJ1"]);
const WIDE = new Set([...'mwMWæÆœŒ@%']);

export const estimateTextWidth: MeasureText = (text, fontSizePx) => {
  let ems = 0;
  for (const character of text) {
    if (NARROW.has(character)) ems += 0.32;
    else if (WIDE.has(character)) ems += 0.88;
    else if (character !== character.toLowerCase()) ems += 0.68;
    else ems += 0.58;
  }
  return ems * fontSizePx;
};

const ELLIPSIS = '…';

/** The text cut with an ellipsis so it fits `maxWidthPx`; whole when it fits. */
export function fitText(text: string, maxWidthPx: number, fontSizePx: number, measure: MeasureText): string {
  if (measure(text, fontSizePx) <= maxWidthPx) return text;
  const characters = [...text];
  let low = 0;
  let high = characters.length;
  // The longest start of the text that fits with the ellipsis after it.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(characters.slice(0, middle).join('').trimEnd() + ELLIPSIS, fontSizePx) <= maxWidthPx) low = middle;
    else high = middle - 1;
  }
  return characters.slice(0, low).join('').trimEnd() + ELLIPSIS;
}
