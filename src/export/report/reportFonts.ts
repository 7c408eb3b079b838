import latinBoldUrl from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url';
import latinUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import extendedBoldUrl from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff?url';
import extendedUrl from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?url';
import type { ReportFonts } from './reportPdf';

// The app's own Noto Sans, bundled by the build and fetched from the app's own origin when a
// report is made. Its Latin files hold every letter of the five languages (æ ø å ä ö ü ß); the
// Latin Extended files the rest of Europe's letters, for names and intentions written in them.
async function bytesOf(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function loadReportFonts(): Promise<ReportFonts> {
  const [regular, bold] = await Promise.all([Promise.all([latinUrl, extendedUrl].map(bytesOf)), Promise.all([latinBoldUrl, extendedBoldUrl].map(bytesOf))]);
  return { regular, bold };
}
