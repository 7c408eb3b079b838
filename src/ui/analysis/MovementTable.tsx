import { useTranslation } from 'react-i18next';
import type { PhaseMovement } from '../../domain/analysis/movementPerPhase';
import type { FigureId } from '../../domain/model/ids';
import type { NamedFigure } from './useFigureNames';
import { useNumberText } from './useNumberText';

interface MovementTableProps {
  readonly movement: ReadonlyMap<FigureId, ReadonlyMap<number, PhaseMovement>>;
  readonly phases: readonly number[];
  readonly figures: readonly NamedFigure[];
  readonly phaseName: (phase: number) => string;
}

/** Path and turning of every figure, a column per phase. */
export function MovementTable({ movement, phases, figures, phaseName }: MovementTableProps) {
  const { t } = useTranslation();
  const number = useNumberText();
  return (
    <div className="analysis-scroll">
      <table className="analysis-table movement-table">
        <caption>{t('analysis.movementHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analysis.figure')}</th>
            {phases.map((phase) => (
              <th scope="col" key={phase}>
                {phaseName(phase)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.id}>
              <th scope="row">{figure.name}</th>
              {phases.map((phase) => {
                const sum = movement.get(figure.id)?.get(phase) ?? { metres: 0, turnedDegrees: 0 };
                return <td key={phase}>{t('analysis.movementCell', { metres: number.metres(sum.metres), degrees: number.degrees(sum.turnedDegrees) })}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
