import type { Session } from '../../domain/model/session';
import { replayMarks } from '../../domain/replay/replayMarks';
import { type ReportNaming, reportContent } from './reportContent';
import { loadReportFonts } from './reportFonts';
import { type Paper, type ReportWords, writeReportPdf } from './reportPdf';

export type { ReportNaming } from './reportContent';
export type { Paper, ReportWords } from './reportPdf';
export { PAPERS } from './reportPdf';

/** The session report as a PDF file: the lazily loaded entry the dialog calls. */
export async function makeReport(session: Session, naming: ReportNaming, words: ReportWords, paper: Paper): Promise<Blob> {
  const content = reportContent(session, naming, replayMarks(session.recording));
  const bytes = await writeReportPdf(content, words, paper, await loadReportFonts());
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}
