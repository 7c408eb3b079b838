import { useTranslation } from 'react-i18next';
import type { FacingAtPhaseEnd } from '../../domain/analysis/facingMatrix';
import type { FigureId } from '../../domain/model/ids';
import { durationText } from '../durationText';

interface FacingTablesProps {
  readonly ends: readonly FacingAtPhaseEnd[];
  readonly phaseName: (phase: number) => string;
  readonly figureName: (id: FigureId) => string;
}

/** One matrix per phase end: a row per figure, a column per figure it may face. */
export function FacingTables({ ends, phaseName, figureName }: FacingTablesProps) {
  const { t } = useTranslation();
  return (
    <>
      {ends.map((end) => (
        <div className="analysis-scroll" key={end.phase}>
          <table className="analysis-table facing-table">
            <caption>{t('analysis.facingCaption', { phase: phaseName(end.phase), time: durationText(end.t) })}</caption>
            <thead>
              <tr>
                <td />
                {end.figures.map((id) => (
                  <th scope="col" key={id}>
                    {figureName(id)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {end.figures.map((from) => (
                <tr key={from}>
                  <th scope="row">{figureName(from)}</th>
                  {end.figures.map((to) =>
                    to === from ? (
                      <td key={to} className="facing-self" />
                    ) : end.facing.get(from)?.has(to) ? (
                      <td key={to} className="faces">
                        {t('analysis.faces')}
                      </td>
                    ) : (
                      <td key={to}>
                        <span className="visually-hidden">{t('analysis.notFaces')}</span>
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
