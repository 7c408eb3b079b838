// @vitest-environment node
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { replayMarks } from '../../domain/replay/replayMarks';
import { reportContent } from './reportContent';
import { nodeReportFonts } from './nodeReportFonts';
import { faceOf, widthOf } from './reportFace';
import { recordedSession } from './reportFixture';
import { type Paper, PAPERS, type ReportWords, wrapText, writeReportPdf } from './reportPdf';

const fonts = nodeReportFonts();

const words = (intention: string): ReportWords => ({
  title: 'Øktrapport – Åse Ødegård',
  facts: [{ label: 'Dato', value: '3. november 2026' }],
  intentionHeading: 'Intensjonen',
  intention,
  phaseTime: (from, to) => `${from} til ${to}`,
  notes: 'Notater',
  statements: 'Hva som ble sagt',
  expressions: 'Uttrykk',
  releases: 'Gått ut av rollene',
  otherMarks: 'Andre markeringer',
  arousal: 'Aktivering over tid',
  zones: { hypo: 'Hypoaktivering', calm: 'Toleransevindu', hyper: 'Hyperaktivering' },
  nothingRecorded: 'Ingenting',
  sessionTime: (ms) => `${Math.round(ms / 1000)}s`,
  page: (page, pages) => `Side ${page} av ${pages}`,
});

async function writtenReport(paper: Paper = 'a4', intention?: string) {
  const { session } = recordedSession();
  const content = reportContent(
    session,
    {
      phaseNames: ['Intensjon', 'Resonans', 'Deling'],
      wholeSession: 'Økten',
      covertName: (n) => `Element ${n}`,
      markText: (mark) => ('text' in mark ? mark.text : mark.kind),
    },
    replayMarks(session.recording),
  );
  const bytes = await writeReportPdf(content, words(intention ?? session.info.intention), paper, fonts);
  return { session, pdf: await getDocument({ data: bytes, useSystemFonts: false }).promise };
}

async function pageTexts(pdf: Awaited<ReturnType<typeof writtenReport>>['pdf']): Promise<string> {
  const texts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i += 1) {
    const content = await (await pdf.getPage(i)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join(''));
  }
  return texts.join('\n');
}

describe('writeReportPdf', () => {
  it('writes the intention exactly, with its Norwegian letters, and every phase, in the embedded font', async () => {
    const { session, pdf } = await writtenReport();
    const text = await pageTexts(pdf);
    expect(text.replace(/\s+/g, ' ')).toContain(session.info.intention);
    expect(text).toContain('Øktrapport – Åse Ødegård');
    for (const phase of ['Intensjon', 'Resonans', 'Deling']) expect(text).toContain(phase);
    expect(text).toContain('Jeg er varm');
    expect(text).toContain('Klienten så lenge på elementet.');
    expect(text.indexOf('Jeg er varm')).toBeLessThan(text.indexOf('Jeg står her for deg'));
    expect(text).toContain(`Side 1 av ${pdf.numPages}`);
  });

  it('writes letters beyond Latin-1 from the Latin Extended font, so a name prints as written', async () => {
    const intention = 'Łucja og Ştefan – nær på gården, Čech, Ærø';
    const { pdf } = await writtenReport('a4', intention);
    expect((await pageTexts(pdf)).replace(/\s+/g, ' ')).toContain(intention);
    const items = (await (await pdf.getPage(1)).getTextContent()).items.flatMap((item) => ('fontName' in item ? [item] : []));
    const fontOf = (text: string) => items.find((item) => item.str.includes(text))?.fontName;
    expect(fontOf('Ł')).toBeDefined();
    expect(fontOf('Ł')).toBe(fontOf('Ş'));
    expect(fontOf('Ł')).not.toBe(fontOf('ucja'));
  });

  it('holds no date of its making', async () => {
    const { pdf } = await writtenReport();
    const info = (await pdf.getMetadata()).info as Record<string, unknown>;
    expect(info.CreationDate).toBeUndefined();
    expect(info.ModDate).toBeUndefined();
    expect(info.Title).toBe('Øktrapport – Åse Ødegård');
  });

  it.each([
    ['a4', PAPERS.a4],
    ['letter', PAPERS.letter],
  ] as const)('uses %s paper on every page', async (paper, size) => {
    const { pdf } = await writtenReport(paper);
    for (let i = 1; i <= pdf.numPages; i += 1) {
      const [, , width, height] = (await pdf.getPage(i)).view;
      expect(width).toBeCloseTo(size.widthPt, 1);
      expect(height).toBeCloseTo(size.heightPt, 1);
    }
  });

  it('draws the diagrams as vector paths, not pictures', async () => {
    const { pdf } = await writtenReport();
    const operators = await (await pdf.getPage(1)).getOperatorList();
    expect(operators.fnArray.filter((op) => op === OPS.constructPath).length).toBeGreaterThan(20);
    expect(operators.fnArray).not.toContain(OPS.paintImageXObject);
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width, keeps line breaks, and splits a word longer than a line', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const fontkit = (await import('@pdf-lib/fontkit')).default;
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const font = faceOf([await doc.embedFont(fonts.regular[0]!, { subset: true })]);
    const width = widthOf(font, 'kjenne på trygghet', 10);
    expect(wrapText('Jeg vil kjenne på trygghet\nogså', font, 10, width)).toEqual(['Jeg vil kjenne på', 'trygghet', 'også']);
    const long = wrapText('x'.repeat(200), font, 10, width);
    expect(long.length).toBeGreaterThan(1);
    expect(long.join('')).toBe('x'.repeat(200));
    for (const line of long) expect(widthOf(font, line, 10)).toBeLessThanOrEqual(width);
  });
});
