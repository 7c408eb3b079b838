import { writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { replayMarks } from '../src/domain/replay/replayMarks';
import { nodeReportFonts } from '../src/export/report/nodeReportFonts';
import { reportContent } from '../src/export/report/reportContent';
import { writeReportPdf } from '../src/export/report/reportPdf';
import { generateLongSession } from './generateLongSession';
import { timeOnce } from './stats';

const PHASES = ['Intention', 'Placing', 'Wordless', 'Orientation', 'Sharing round', 'Sharing', 'Rounding off'];
const clock = (ms: number) => `${Math.floor(ms / 60_000)}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}`;

/**
 * The session report of the three-hour benchmark session (30 figures, drags 30% of the time at
 * 20 Hz): building its content from the recording (trails, marks, arousal) and writing the PDF
 * with the font embedded. Results in bench-results/report.json; numbers, not assertions.
 */
test('the session report of a three-hour session', async () => {
  const session = generateLongSession({ hours: 3, figures: 30, dragShare: 0.3, sampleHz: 20, seed: 7 });
  const fonts = nodeReportFonts();
  const runs: { contentMs: number; pdfMs: number; bytes: number }[] = [];
  for (let run = 0; run < 3; run += 1) {
    const content = await timeOnce(() =>
      reportContent(
        session,
        { phaseNames: PHASES, wholeSession: 'Session', covertName: (n) => `Element ${n}`, markText: (mark) => mark.kind },
        replayMarks(session.recording),
      ),
    );
    const pdf = await timeOnce(() =>
      writeReportPdf(
        content.value,
        {
          title: 'Session report – Bench',
          facts: [{ label: 'Client', value: 'Bench' }],
          intentionHeading: 'Intention',
          intention: session.info.intention,
          phaseTime: (from, to) => `${clock(from)} to ${clock(to)}`,
          notes: 'Notes',
          statements: 'Statements',
          expressions: 'Expressions',
          releases: 'Releases',
          otherMarks: 'Other marks',
          arousal: 'Arousal',
          zones: { hypo: 'Hypo', calm: 'Calm', hyper: 'Hyper' },
          nothingRecorded: 'Nothing',
          sessionTime: clock,
          page: (page, pages) => `Page ${page} of ${pages}`,
        },
        'a4',
        fonts,
      ),
    );
    expect(content.value.phases).toHaveLength(7);
    runs.push({ contentMs: content.ms, pdfMs: pdf.ms, bytes: pdf.value.length });
  }
  const results = {
    session: { hours: 3, figures: 30, events: session.recording.events.length },
    runs: runs.map((run) => ({ contentMs: Math.round(run.contentMs), pdfMs: Math.round(run.pdfMs), totalMs: Math.round(run.contentMs + run.pdfMs) })),
    pdfBytes: runs[0]?.bytes,
  };
  console.log(JSON.stringify(results, null, 2));
  writeFileSync('bench-results/report.json', `${JSON.stringify(results, null, 2)}\n`);
}, 600_000);
