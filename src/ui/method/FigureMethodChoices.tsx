import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figure } from '../../domain/model/figure';
import { MOVERS } from '../../domain/recording/events';
import { useResonans, useResonansStore } from '../../store/StoreContext';
import { selectMover, useResonanceFigure } from './useMethodView';

/**
 * In the figure panel: whether the client is in resonance with this figure (one-to-one work),
 * and who moves it. Both are recorded; the mover is kept for the figure until changed.
 */
export function FigureMethodChoices({ figure }: { figure: Figure }) {
  const { t } = useTranslation();
  const store = useResonansStore();
  const resonance = useResonanceFigure();
  const mover = useResonans(selectMover(figure.id));
  const toggleHintId = useId();
  const moverHintId = useId();
  // The client cannot be in resonance with their own figure, and a released figure has left the room.
  if (figure.kind === 'client' || figure.released) return null;
  return (
    <div className="figure-method">
      <label className="radio resonance-toggle">
        <input
          type="checkbox"
          checked={resonance === figure.id}
          aria-describedby={toggleHintId}
          onChange={(event) => store.getState().setResonance(event.target.checked ? figure.id : null)}
        />
        <span>{t('method.toggle')}</span>
      </label>
      <p id={toggleHintId} className="hint">
        {t('method.toggleHint')}
      </p>
      <fieldset className="inline-choices movers" aria-describedby={moverHintId}>
        <legend>{t('method.moverLegend')}</legend>
        {MOVERS.map((option) => (
          <label key={option} className="radio">
            <input type="radio" name={`mover-${figure.id}`} checked={mover === option} onChange={() => store.getState().setMover(figure.id, option)} />
            <span>{t(`method.movers.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      <p id={moverHintId} className="hint">
        {t('method.moverHint')}
      </p>
    </div>
  );
}
