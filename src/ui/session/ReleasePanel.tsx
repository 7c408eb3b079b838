import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { figuresInOrder } from '../../domain/model/roomState';
import { useResonans, useResonansStore } from '../../store/StoreContext';

/** IoPT rounding off: the client releases each figure from its role; it fades and leaves the room. */
export function ReleasePanel() {
  const { t } = useTranslation();
  const store = useResonansStore();
  const room = useResonans((state) => state.room);
  const headingId = useId();
  const figures = figuresInOrder(room).filter((figure) => figure.kind !== 'client');
  const remaining = figures.filter((figure) => !figure.released);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('release.heading')}</h2>
      {remaining.length === 0 && <p className="hint">{t('release.allReleased')}</p>}
      <ul className="release-list">
        {figures.map((figure) => (
          <li key={figure.id}>
            {figure.released ? (
              <span className="hint">{t('release.released', { figure: figure.label })}</span>
            ) : (
              <button type="button" onClick={() => store.getState().releaseFigure(figure.id)}>
                {t('release.release', { figure: figure.label })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
