import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFPage } from 'pdf-lib';
import type { ArousalZone } from '../../domain/recording/events';
import { colourOf, drawDiagram } from './drawDiagram';
import type { ReportContent, ReportPhase, TimedLine } from './reportContent';
import { drawRuns, type Face, faceOf, widthOf } from './reportFace';

/** Paper sizes in PDF points (1/72 inch). */
export const PAPERS = {
  a4: { widthPt: 595.28, heightPt: 841.89 },
  letter: { widthPt: 612, heightPt: 792 },
} as const;
export type Paper = keyof typeof PAPERS;

/**
 * The font files to embed: Noto Sans, the app's own, so every letter of the five languages
 * prints. Each weight is a list of files, the first tried first (Latin, then Latin Extended).
 */
export interface ReportFonts {
  readonly regular: readonly Uint8Array[];
  readonly bold: readonly Uint8Array[];
}

/** The report's own words, already in the therapist's language. */
export interface ReportWords {
  readonly title: string;
  /** Pseudonym, date, template, length: shown as "label: value" under the title. */
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  readonly intentionHeading: string;
  readonly intention: string;
  readonly phaseTime: (fromMs: number, toMs: number) => string;
  readonly notes: string;
  readonly statements: string;
  readonly expressions: string;
  readonly releases: string;
  readonly otherMarks: string;
  readonly arousal: string;
  readonly zones: Readonly<Record<ArousalZone, string>>;
  readonly nothingRecorded: string;
  readonly sessionTime: (ms: number) => string;
  readonly page: (page: number, pages: number) => string;
}

const MARGIN_PT = 50;
const BODY_PT = 10;
const LEADING = 1.4;
const INK = colourOf('#2f261e');
const QUIET = colourOf('#6b6158');
const TIME_COLUMN_PT = 46;
const BAND_HEIGHT_PT = 12;
/** The arousal band's colours, as in the replay's band: cool for hypo, calm green, warm for hyper. */
const ZONE_COLOURS: Readonly<Record<ArousalZone, string>> = { hypo: '#7c98b8', calm: '#93b38a', hyper: '#d08a66' };

/** Lines of at most `width` points, broken at spaces (and inside a word longer than a line). */
export function wrapText(text: string, face: Face, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (widthOf(face, candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      for (const character of word) {
        if (line && widthOf(face, line + character, size) > width) {
          lines.push(line);
          line = '';
        }
        line += character;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Writes top to bottom, starting a new page whenever the next block would not fit. */
class Flow {
  page: PDFPage;
  y: number;
  readonly width: number;

  constructor(
    private readonly doc: PDFDocument,
    private readonly paper: { widthPt: number; heightPt: number },
    readonly font: Face,
    readonly bold: Face,
  ) {
    this.page = this.newPage();
    this.y = paper.heightPt - MARGIN_PT;
    this.width = paper.widthPt - 2 * MARGIN_PT;
  }

  private newPage(): PDFPage {
    return this.doc.addPage([this.paper.widthPt, this.paper.heightPt]);
  }

  /** Makes room for `height` points, on a new page when this one is full. */
  need(height: number): void {
    if (this.y - height >= MARGIN_PT) return;
    this.page = this.newPage();
    this.y = this.paper.heightPt - MARGIN_PT;
  }

  gap(points: number): void {
    this.y -= points;
  }

  text(text: string, options: { size?: number; bold?: boolean; indent?: number; colour?: ReturnType<typeof colourOf> } = {}): void {
    const size = options.size ?? BODY_PT;
    const font = options.bold ? this.bold : this.font;
    const indent = options.indent ?? 0;
    for (const line of wrapText(text, font, size, this.width - indent)) {
      this.need(size * LEADING);
      this.y -= size * LEADING;
      drawRuns(this.page, font, line, { x: MARGIN_PT + indent, y: this.y + size * 0.3, size, color: options.colour ?? INK });
    }
  }

  /** A heading kept together with the first line after it. */
  heading(text: string, size: number): void {
    this.need(size * LEADING + BODY_PT * LEADING * 2);
    this.gap(size * 0.5);
    this.text(text, { size, bold: true });
  }

  timedLines(lines: readonly TimedLine[], sessionTime: (ms: number) => string): void {
    for (const line of lines) {
      const rows = wrapText(line.text, this.font, BODY_PT, this.width - TIME_COLUMN_PT);
      rows.forEach((row, i) => {
        this.need(BODY_PT * LEADING);
        this.y -= BODY_PT * LEADING;
        const baseline = this.y + BODY_PT * 0.3;
        if (i === 0) drawRuns(this.page, this.font, sessionTime(line.t), { x: MARGIN_PT, y: baseline, size: BODY_PT, color: QUIET });
        drawRuns(this.page, this.font, row, { x: MARGIN_PT + TIME_COLUMN_PT, y: baseline, size: BODY_PT, color: INK });
      });
    }
  }

  get left(): number {
    return MARGIN_PT;
  }
}

function arousalBand(flow: Flow, phase: ReportPhase, words: ReportWords): void {
  const span = Math.max(1, phase.toMs - phase.fromMs);
  flow.need(BAND_HEIGHT_PT + BODY_PT * LEADING * 2);
  flow.gap(BAND_HEIGHT_PT + 2);
  const bottom = flow.y;
  const xOf = (t: number) => flow.left + ((t - phase.fromMs) / span) * flow.width;
  flow.page.drawRectangle({ x: flow.left, y: bottom, width: flow.width, height: BAND_HEIGHT_PT, borderColor: QUIET, borderWidth: 0.5 });
  for (const stretch of phase.arousal) {
    flow.page.drawRectangle({
      x: xOf(stretch.fromMs),
      y: bottom,
      width: Math.max(0.5, xOf(stretch.toMs) - xOf(stretch.fromMs)),
      height: BAND_HEIGHT_PT,
      color: colourOf(ZONE_COLOURS[stretch.zone]),
    });
  }
  const size = BODY_PT * 0.8;
  const start = words.sessionTime(phase.fromMs);
  const end = words.sessionTime(phase.toMs);
  flow.gap(size * LEADING);
  drawRuns(flow.page, flow.font, start, { x: flow.left, y: flow.y + 2, size, color: QUIET });
  drawRuns(flow.page, flow.font, end, { x: flow.left + flow.width - widthOf(flow.font, end, size), y: flow.y + 2, size, color: QUIET });
  // The legend names only the zones that were marked in this phase.
  const zones = [...new Set(phase.arousal.map((stretch) => stretch.zone))];
  let x = flow.left + widthOf(flow.font, start, size) + 16;
  for (const zone of zones) {
    flow.page.drawRectangle({ x, y: flow.y + 1.5, width: size, height: size, color: colourOf(ZONE_COLOURS[zone]) });
    drawRuns(flow.page, flow.font, words.zones[zone], { x: x + size + 3, y: flow.y + 2, size, color: INK });
    x += size + 12 + widthOf(flow.font, words.zones[zone], size);
  }
}

function phaseSection(flow: Flow, phase: ReportPhase, words: ReportWords): void {
  const scale = flow.width / phase.diagram.widthPx;
  const diagramHeight = phase.diagram.heightPx * scale;
  flow.need(14 * LEADING + BODY_PT * LEADING + diagramHeight + 8);
  flow.heading(phase.name, 14);
  flow.text(words.phaseTime(phase.fromMs, phase.toMs), { colour: QUIET });
  flow.gap(diagramHeight + 6);
  drawDiagram(flow.page, phase.diagram, { x: flow.left, top: flow.y + diagramHeight, scale, face: flow.font, boldFace: flow.bold });
  const parts: [string, readonly TimedLine[]][] = [
    [words.statements, phase.statements],
    [words.expressions, phase.expressions],
    [words.releases, phase.releases],
    [words.otherMarks, phase.otherMarks],
  ];
  if (phase.note) {
    flow.heading(words.notes, 11);
    flow.text(phase.note);
  }
  for (const [heading, lines] of parts) {
    if (lines.length === 0) continue;
    flow.heading(heading, 11);
    flow.timedLines(lines, words.sessionTime);
  }
  if (phase.arousal.length > 0 || phase.arousalMarks.length > 0) {
    flow.heading(words.arousal, 11);
    arousalBand(flow, phase, words);
    flow.timedLines(phase.arousalMarks, words.sessionTime);
  }
  const empty = !phase.note && parts.every(([, lines]) => lines.length === 0) && phase.arousal.length === 0;
  if (empty) flow.text(words.nothingRecorded, { colour: QUIET });
}

/**
 * The session report as PDF bytes. Text is real text in the embedded font (searchable, and
 * read back by the tests); diagrams are vector paths. No creation date is written: a
 * supervision copy's report must not carry the day it was made.
 */
export async function writeReportPdf(content: ReportContent, words: ReportWords, paper: Paper, fonts: ReportFonts): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  // Subsetting also turns the WOFF the app ships into the TrueType a PDF holds.
  const embedded = async (files: readonly Uint8Array[]) => faceOf(await Promise.all(files.map((file) => doc.embedFont(file, { subset: true }))));
  const font = await embedded(fonts.regular);
  const bold = await embedded(fonts.bold);
  doc.setTitle(words.title);
  doc.setProducer('Resonans');
  const flow = new Flow(doc, PAPERS[paper], font, bold);
  flow.text(words.title, { size: 18, bold: true });
  flow.gap(4);
  for (const fact of words.facts) flow.text(`${fact.label}: ${fact.value}`);
  flow.heading(words.intentionHeading, 12);
  flow.text(words.intention, { size: 12 });
  flow.gap(8);
  for (const phase of content.phases) phaseSection(flow, phase, words);
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const label = words.page(i + 1, pages.length);
    const size = BODY_PT * 0.8;
    drawRuns(page, font, label, { x: page.getWidth() - MARGIN_PT - widthOf(font, label, size), y: MARGIN_PT / 2, size, color: QUIET });
  });
  return doc.save();
}
