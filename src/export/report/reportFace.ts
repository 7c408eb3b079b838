import type { Color, PDFFont, PDFPage } from 'pdf-lib';

/**
 * One typeface made of several font files, each holding part of Unicode (Noto Sans comes in a
 * Latin and a Latin Extended file): every character is written with the first file that has it,
 * so a name like "Łucja" or "Ştefan" prints as written.
 */
export interface Face {
  readonly fonts: readonly PDFFont[];
  readonly covers: readonly ReadonlySet<number>[];
}

export function faceOf(fonts: readonly PDFFont[]): Face {
  return { fonts, covers: fonts.map((font) => new Set(font.getCharacterSet())) };
}

/** The text cut where the font file holding its characters changes. */
export function runsOf(face: Face, text: string): { font: PDFFont; text: string }[] {
  const runs: { font: PDFFont; text: string }[] = [];
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const at = face.covers.findIndex((cover) => cover.has(code));
    const font = face.fonts[Math.max(0, at)];
    if (!font) continue;
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += character;
    else runs.push({ font, text: character });
  }
  return runs;
}

export function widthOf(face: Face, text: string, size: number): number {
  return runsOf(face, text).reduce((width, run) => width + run.font.widthOfTextAtSize(run.text, size), 0);
}

export function drawRuns(page: PDFPage, face: Face, text: string, at: { x: number; y: number; size: number; color: Color; opacity?: number }): void {
  let x = at.x;
  for (const run of runsOf(face, text)) {
    page.drawText(run.text, { x, y: at.y, size: at.size, font: run.font, color: at.color, ...(at.opacity !== undefined ? { opacity: at.opacity } : {}) });
    x += run.font.widthOfTextAtSize(run.text, at.size);
  }
}
