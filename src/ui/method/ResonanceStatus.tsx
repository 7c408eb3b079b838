import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isFrozen } from '../../store/selectors';
import { useResonans, useResonansStore } from '../../store/StoreContext';
import { useShownName } from '../../i18n/useShownLabel';
import { useResonanceFigure } from './useMethodView';

/**
 * One-to-one work: which figure the client is in resonance with, and the way out of it. Stepping
 * in is marked on the figure itself (the figure panel), so the room stays the place of choice.
 */
export function ResonanceStatus() {
  const { t } = useTranslation();
  const store = useResonansStore();
  const resonance = useResonanceFigure();
  const figure = useResonans((state) => (resonance ? state.room.figures[resonance] : undefined));
  const frozen = useResonans(isFrozen);
  const shownName = useShownName();
  const headingId = useId();
  return (
    <section className="panel resonance-status" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('method.resonanceHeading')}</h2>
      {figure ? (
        <>
          <p className="in-resonance" role="status">
            <span className="resonance-dot" aria-hidden="true" />
            {t('method.inResonance', { figure: shownName(figure) })}
          </p>
          {!frozen && (
            <button type="button" onClick={() => store.getState().setResonance(null)}>
              {t('method.stepOut', { figure: shownName(figure) })}
            </button>
          )}
        </>
      ) : (
        <p className="hint" role="status">
          {t('method.notInResonance')}
        </p>
      )}
    </section>
  );
}
