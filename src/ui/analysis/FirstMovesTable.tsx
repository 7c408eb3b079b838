import { useTranslation } from 'react-i18next';
import type { FirstMove } from '../../domain/analysis/firstMoves';
import type { FigureId } from '../../domain/model/ids';
import type { PlaybackController } from '../../domain/replay/playback';
import { durationText } from '../durationText';

interface FirstMovesTableProps {
  readonly moves: readonly FirstMove[];
  readonly figureName: (id: FigureId) => string;
  readonly playback: PlaybackController | null;
}

/** When each figure first moved in the wordless phase, in the order they moved; a time takes the playhead there. */
export function FirstMovesTable({ moves, figureName, playback }: FirstMovesTableProps) {
  const { t } = useTranslation();
  const ordered = [...moves].sort((a, b) => (a.t ?? Number.POSITIVE_INFINITY) - (b.t ?? Number.POSITIVE_INFINITY));
  return (
    <table className="analysis-table first-moves-table">
      <caption>{t('analysis.firstMovesHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('analysis.figure')}</th>
          <th scope="col">{t('analysis.afterStart')}</th>
          <th scope="col">{t('analysis.time')}</th>
        </tr>
      </thead>
      <tbody>
        {ordered.map((move) => (
          <tr key={move.figureId}>
            <th scope="row">{figureName(move.figureId)}</th>
            {move.t === null || move.afterStartMs === null ? (
              <td colSpan={2}>{t('analysis.didNotMove')}</td>
            ) : (
              <>
                <td>{durationText(move.afterStartMs)}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('analysis.goTo', { time: durationText(move.t) })}
                    onClick={() => move.t !== null && playback?.seek(move.t)}
                  >
                    {durationText(move.t)}
                  </button>
                </td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
