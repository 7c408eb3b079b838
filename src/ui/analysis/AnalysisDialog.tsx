import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyseRecording } from '../../domain/analysis/analyseRecording';
import { distanceByPhase } from '../../domain/analysis/distanceByPhase';
import { wordlessPhase } from '../../domain/analysis/firstMoves';
import type { FigureId } from '../../domain/model/ids';
import type { PhaseTemplateId } from '../../domain/model/phaseTemplate';
import type { RecordingIndex } from '../../domain/replay/recordingIndex';
import { usePlayback } from '../../store/PlaybackContext';
import { useResonans } from '../../store/StoreContext';
import { ModalDialog } from '../ModalDialog';
import { usePhaseNames } from '../session/usePhaseNames';
import { analysisCsvTables } from './analysisCsv';
import { CsvButton } from './CsvButton';
import { DistanceChart } from './DistanceChart';
import { DistanceTable } from './DistanceTable';
import { FacingTables } from './FacingTables';
import { FirstMovesTable } from './FirstMovesTable';
import { MovementTable } from './MovementTable';
import { type NamedFigure, useFigureNames } from './useFigureNames';
import './analysis.css';

/** "Me" and the first element (or the next figure) to start with: the pair most often asked about. */
function defaultPair(figures: readonly NamedFigure[]): [FigureId | '', FigureId | ''] {
  const me = figures.find((figure) => figure.kind === 'client') ?? figures[0];
  const other = figures.find((figure) => figure.kind === 'element' && figure.id !== me?.id) ?? figures.find((figure) => figure.id !== me?.id);
  return [me?.id ?? '', other?.id ?? ''];
}

/** The movement analysis of the replayed recording: charts, the tables beside them, and CSV files. */
export default function AnalysisDialog({ onClose }: { onClose: () => void }) {
  const index = useResonans((state) => state.replay?.index);
  const template = useResonans((state) => state.session?.template);
  if (!index || !template) return null;
  return <AnalysisContent index={index} template={template} onClose={onClose} />;
}

function AnalysisContent({ index, template, onClose }: { index: RecordingIndex; template: PhaseTemplateId; onClose: () => void }) {
  const { t } = useTranslation();
  const playback = usePlayback();
  const titleId = useId();
  const firstId = useId();
  const secondId = useId();
  const figures = useFigureNames(index);
  const [pair, setPair] = useState(() => defaultPair(figures));
  const [a, b] = pair;
  const names = usePhaseNames(template);
  const phaseName = (phase: number) => names[phase] ?? String(phase + 1);
  const figureName = (id: FigureId) => figures.find((figure) => figure.id === id)?.name ?? '';
  const analysis = useMemo(() => analyseRecording(index, template, a && b && a !== b ? [{ a, b }] : []), [index, template, a, b]);
  const distance = analysis.distances[0];
  const phases = [...new Set(analysis.spans.map((span) => span.phase))].sort((x, y) => x - y);
  const csv = analysisCsvTables(analysis, { t, phaseName, figureName });
  const csvNamed = (prefix: string) => csv.filter((table) => table.name.startsWith(prefix));

  const pairNames = { a: figureName(a as FigureId), b: figureName(b as FigureId) };
  return (
    <ModalDialog title={t('analysis.open')} closeText={t('analysis.close')} onCancel={onClose} className="analysis-dialog">
      <p className="hint">{t('analysis.intro')}</p>

      <section className="analysis-section" aria-labelledby={`${titleId}-distance`}>
        <h3 id={`${titleId}-distance`}>{distance ? t('analysis.distanceHeading', pairNames) : t('analysis.needTwo')}</h3>
        <div className="analysis-pair">
          <label htmlFor={firstId}>{t('analysis.figureA')}</label>
          <select id={firstId} value={a} onChange={(event) => setPair([event.target.value as FigureId, b])}>
            {figures.map((figure) => (
              <option key={figure.id} value={figure.id}>
                {figure.name}
              </option>
            ))}
          </select>
          <label htmlFor={secondId}>{t('analysis.figureB')}</label>
          <select id={secondId} value={b} onChange={(event) => setPair([a, event.target.value as FigureId])}>
            {figures.map((figure) => (
              <option key={figure.id} value={figure.id}>
                {figure.name}
              </option>
            ))}
          </select>
        </div>
        {distance && (
          <>
            <p className="hint">{t('analysis.distanceExplain')}</p>
            <div className="analysis-pair-view">
              <DistanceChart
                samples={distance.samples}
                spans={analysis.spans}
                durationMs={index.durationMs}
                label={t('analysis.distanceChart', pairNames)}
                playback={playback}
              />
              <DistanceTable
                rows={distanceByPhase(distance.samples, analysis.spans)}
                caption={t('analysis.distanceCaption', pairNames)}
                phaseName={phaseName}
                playback={playback}
              />
            </div>
            <div className="analysis-actions">
              {csvNamed('distance-').map((table) => {
                const byPhase = table.name.startsWith('distance-by');
                return <CsvButton key={table.name} table={table} text={byPhase ? t('analysis.csvByPhase') : t('analysis.csvOverTime')} />;
              })}
            </div>
          </>
        )}
      </section>

      <section className="analysis-section" aria-labelledby={`${titleId}-facing`}>
        <h3 id={`${titleId}-facing`}>{t('analysis.facingHeading')}</h3>
        <p className="hint">{t('analysis.facingExplain', { degrees: analysis.toleranceDegrees })}</p>
        <FacingTables ends={analysis.facing} phaseName={phaseName} figureName={figureName} />
        <div className="analysis-actions">
          {csvNamed('facing').map((table) => (
            <CsvButton key={table.name} table={table} />
          ))}
        </div>
      </section>

      <section className="analysis-section" aria-labelledby={`${titleId}-movement`}>
        <h3 id={`${titleId}-movement`}>{t('analysis.movementHeading')}</h3>
        <p className="hint">{t('analysis.movementExplain')}</p>
        <MovementTable movement={analysis.movement} phases={phases} figures={figures} phaseName={phaseName} />
        <div className="analysis-actions">
          {csvNamed('movement').map((table) => (
            <CsvButton key={table.name} table={table} />
          ))}
        </div>
      </section>

      {wordlessPhase(template) !== undefined && (
        <section className="analysis-section" aria-labelledby={`${titleId}-first`}>
          <h3 id={`${titleId}-first`}>{t('analysis.firstMovesHeading')}</h3>
          <p className="hint">{t('analysis.firstMovesExplain')}</p>
          {analysis.firstMoves.length === 0 ? (
            <p>{t('analysis.noWordless')}</p>
          ) : (
            <>
              <FirstMovesTable moves={analysis.firstMoves} figureName={figureName} playback={playback} />
              <div className="analysis-actions">
                {csvNamed('first').map((table) => (
                  <CsvButton key={table.name} table={table} />
                ))}
              </div>
            </>
          )}
        </section>
      )}
      <p className="hint">{t('analysis.csvColumns')}</p>
    </ModalDialog>
  );
}
