import { readFileSync } from 'node:fs';
import type { ReportFonts } from './reportPdf';

/** The same Noto Sans files the app fetches, read from node_modules, for tests and the benchmark in Node. */
export function nodeReportFonts(): ReportFonts {
  const file = (subset: string, weight: number) =>
    new Uint8Array(readFileSync(`node_modules/@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`));
  return { regular: [file('latin', 400), file('latin-ext', 400)], bold: [file('latin', 700), file('latin-ext', 700)] };
}
