import type { TFunction } from 'i18next';
import type { FigureId } from '../../domain/model/ids';
import type { RecordingAnalysis } from '../../domain/analysis/analyseRecording';
import { distanceByPhase } from '../../domain/analysis/distanceByPhase';
import type { CsvTable } from './csv';

export interface CsvContext {
  readonly t: TFunction;
  readonly phaseName: (phase: number) => string;
  readonly figureName: (id: FigureId) => string;
}

/** Millimetres and tenths of a degree: as fine as a hand places a figure, no finer. */
const m = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);
const deg = (value: number) => Math.round(value * 10) / 10;

/** Every table of the analysis as its own CSV file, in the order the panel shows them. */
export function analysisCsvTables(analysis: RecordingAnalysis, { t, phaseName, figureName }: CsvContext): CsvTable[] {
  const tables: CsvTable[] = [];
  // Files are numbered by pair, not named: a figure's name in a file name would travel further than its contents.
  for (const [number, { samples }] of analysis.distances.entries()) {
    const names = `${number + 1}`;
    tables.push({
      name: `distance-by-phase-${names}`,
      headers: [
        t('analysis.phaseNumber'),
        t('analysis.phase'),
        t('analysis.phaseStartMs'),
        t('analysis.phaseEndMs'),
        t('analysis.atStartM'),
        t('analysis.atEndM'),
        t('analysis.smallestM'),
        t('analysis.largestM'),
      ],
      columnIds: ['phase_number', 'phase', 'start_ms', 'end_ms', 'at_start_m', 'at_end_m', 'smallest_m', 'largest_m'],
      rows: distanceByPhase(samples, analysis.spans).map((row) => [
        row.span.phase + 1,
        phaseName(row.span.phase),
        row.span.startMs,
        row.span.endMs,
        m(row.atStart),
        m(row.atEnd),
        m(row.smallest),
        m(row.largest),
      ]),
    });
    tables.push({
      name: `distance-over-time-${names}`,
      headers: [t('analysis.timeMs'), t('analysis.distanceM')],
      columnIds: ['t_ms', 'distance_m'],
      rows: samples.map((sample) => [sample.t, m(sample.metres)]),
    });
  }
  tables.push({
    name: 'facing-at-phase-ends',
    headers: [
      t('analysis.phaseNumber'),
      t('analysis.phase'),
      t('analysis.timeMs'),
      t('analysis.figure'),
      t('analysis.otherFigure'),
      t('analysis.facesColumn', { degrees: analysis.toleranceDegrees }),
    ],
    columnIds: ['phase_number', 'phase', 't_ms', 'figure', 'other_figure', 'faces'],
    rows: analysis.facing.flatMap((end) =>
      end.figures.flatMap((from) =>
        end.figures
          .filter((to) => to !== from)
          .map((to) => [end.phase + 1, phaseName(end.phase), end.t, figureName(from), figureName(to), end.facing.get(from)?.has(to) ? 1 : 0]),
      ),
    ),
  });
  tables.push({
    name: 'movement-per-phase',
    headers: [t('analysis.figure'), t('analysis.phaseNumber'), t('analysis.phase'), t('analysis.movedM'), t('analysis.turnedDegrees')],
    columnIds: ['figure', 'phase_number', 'phase', 'moved_m', 'turned_degrees'],
    rows: [...analysis.movement].flatMap(([id, phases]) =>
      [...phases].sort(([x], [y]) => x - y).map(([phase, sum]) => [figureName(id), phase + 1, phaseName(phase), m(sum.metres), deg(sum.turnedDegrees)]),
    ),
  });
  if (analysis.firstMoves.length > 0) {
    tables.push({
      name: 'first-moves-wordless',
      headers: [t('analysis.figure'), t('analysis.timeMs'), t('analysis.afterStartMs')],
      columnIds: ['figure', 't_ms', 'after_start_ms'],
      rows: analysis.firstMoves.map((move) => [figureName(move.figureId), move.t, move.afterStartMs]),
    });
  }
  return tables;
}
