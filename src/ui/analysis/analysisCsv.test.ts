import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { analyseRecording } from '../../domain/analysis/analyseRecording';
import { englishDemoTexts } from '../../domain/format/testSessions';
import { KEEP_NOTHING, supervisionCopy } from '../../domain/format/supervisionCopy';
import { createDemoSession } from '../../demo/createDemoSession';
import type { FigureId } from '../../domain/model/ids';
import { counterIds } from '../../domain/model/ids';
import type { Session } from '../../domain/model/session';
import { indexRecording } from '../../domain/replay/recordingIndex';
import { analysisCsvTables } from './analysisCsv';
import { parseCsv, toCsv } from './csv';

const t = ((key: string) => key) as unknown as TFunction;

function tablesOf(session: Session) {
  const index = indexRecording(session.recording);
  const me = index.order[0] as FigureId;
  const other = index.order[2] as FigureId;
  const analysis = analyseRecording(index, session.info.template, [{ a: me, b: other }]);
  const label = (id: FigureId) => {
    const looks = index.tracks.get(id)?.looks.values;
    return looks?.[looks.length - 1]?.label ?? '';
  };
  return analysisCsvTables(analysis, { t, phaseName: (phase) => `phase ${phase}`, figureName: label });
}

describe('the analysis as CSV', () => {
  const demo = createDemoSession(englishDemoTexts());

  it('makes one file per table, each with its column ids on the second row', () => {
    const tables = tablesOf(demo);
    expect(tables.map((table) => table.name)).toEqual([
      'distance-by-phase-1',
      'distance-over-time-1',
      'facing-at-phase-ends',
      'movement-per-phase',
      'first-moves-wordless',
    ]);
    for (const table of tables) {
      const rows = parseCsv(toCsv(table));
      expect(rows[1]).toEqual(table.columnIds);
      expect(rows).toHaveLength(2 + table.rows.length);
      expect(rows.every((row) => row.length === table.columnIds.length)).toBe(true);
    }
  });

  it('names in a supervision copy only what the copy kept', () => {
    const copy = supervisionCopy(demo, {
      keep: KEEP_NOTHING,
      dating: 'session-number',
      ids: counterIds('copy'),
      names: { pseudonym: 'Supervision client', maskedIntention: '…', role: (kind, number) => `${kind} ${number}` },
    });
    const text = tablesOf(copy).map(toCsv).join('\n');
    for (const word of ['feel safe', 'others', 'Demo client']) expect(text).not.toContain(word);
    expect(text).toContain('element 2');
    // The numbers are the same: the copy keeps every position and time.
    expect(tablesOf(copy)[3]?.rows.map((row) => row.slice(1))).toEqual(tablesOf(demo)[3]?.rows.map((row) => row.slice(1)));
  });
});
