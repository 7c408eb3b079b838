import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { figuresInOrder } from '../../domain/model/roomState';
import { releaseOrder } from '../../domain/replay/releaseOrder';
import { useShownName, useShownOrder } from '../../i18n/useShownLabel';
import { useResonans, useResonansStore } from '../../store/StoreContext';
import '../replay/replay.css';

/**
 * IoPT rounding off: the client releases each figure from its role; it fades and leaves the
 * room. The released are listed in the order the client released them, as the recording has it.
 */
export function ReleasePanel() {
  const { t } = useTranslation();
  const store = useResonansStore();
  const room = useResonans((state) => state.room);
  const recording = useResonans((state) => state.recording);
  const recordedCount = useResonans((state) => state.recordedCount);
  const headingId = useId();
  const releasedId = useId();
  const shownName = useShownName();
  // The events grow in place; the count says when to read them again.
  const order = useMemo(() => (recording ? releaseOrder(recording.events) : []), [recording, recordedCount]); // eslint-disable-line react-hooks/exhaustive-deps
  // Covert: the elements are listed by number, not in the order of the words.
  const figures = figuresInOrder({ ...room, order: useShownOrder(room.order) }).filter((figure) => figure.kind !== 'client');
  const remaining = figures.filter((figure) => !figure.released);
  // A figure released before the recording began (an older file) has no time; it comes first.
  const released = [
    ...figures.filter((figure) => figure.released && !order.includes(figure.id)),
    ...order.flatMap((id) => {
      const figure = room.figures[id];
      return figure?.released && figure.kind !== 'client' ? [figure] : [];
    }),
  ];
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('release.heading')}</h2>
      {remaining.length === 0 && <p className="hint">{t('release.allReleased')}</p>}
      {remaining.length > 0 && (
        <ul className="release-list">
          {remaining.map((figure) => (
            <li key={figure.id}>
              <button type="button" onClick={() => store.getState().releaseFigure(figure.id)}>
                {t('release.release', { figure: shownName(figure) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {released.length > 0 && (
        <>
          <h3 id={releasedId} className="release-order-heading">
            {t('replayMarks.releasedInOrder')}
          </h3>
          <ol className="release-order" aria-labelledby={releasedId}>
            {released.map((figure) => (
              <li key={figure.id}>{t('release.released', { figure: shownName(figure) })}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
