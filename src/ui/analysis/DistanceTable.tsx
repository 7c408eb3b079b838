import { useTranslation } from 'react-i18next';
import type { PhaseDistance } from '../../domain/analysis/distanceByPhase';
import type { PlaybackController } from '../../domain/replay/playback';
import { durationText } from '../durationText';
import { useNumberText } from './useNumberText';

interface DistanceTableProps {
  readonly rows: readonly PhaseDistance[];
  readonly caption: string;
  readonly phaseName: (phase: number) => string;
  readonly playback: PlaybackController | null;
}

/** The chart's numbers phase by phase; each phase's start is a button that takes the playhead there. */
export function DistanceTable({ rows, caption, phaseName, playback }: DistanceTableProps) {
  const { t } = useTranslation();
  const number = useNumberText();
  const metres = (value: number | null) => (value === null ? t('analysis.notInRoom') : number.metres(value));
  return (
    <table className="analysis-table distance-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('analysis.phase')}</th>
          <th scope="col">{t('analysis.time')}</th>
          <th scope="col">{t('analysis.atStart')}</th>
          <th scope="col">{t('analysis.atEnd')}</th>
          <th scope="col">{t('analysis.smallest')}</th>
          <th scope="col">{t('analysis.largest')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.span.startMs}>
            <th scope="row">{phaseName(row.span.phase)}</th>
            <td>
              <button
                type="button"
                className="link-button"
                aria-label={t('analysis.goTo', { time: durationText(row.span.startMs) })}
                onClick={() => playback?.seek(row.span.startMs)}
              >
                {durationText(row.span.startMs)}
              </button>
            </td>
            <td>{metres(row.atStart)}</td>
            <td>{metres(row.atEnd)}</td>
            <td>{metres(row.smallest)}</td>
            <td>{metres(row.largest)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
