import { useTranslation } from 'react-i18next';
import type { FigureId } from '../../domain/model/ids';
import { useResonans } from '../../store/StoreContext';
import { selectMover, useResonanceFigure } from './useMethodView';
import './method.css';

/** In the figure list, beside a figure's pose: the client in resonance with it, and who moves it. */
export function FigureMethodNote({ id }: { id: FigureId }) {
  const { t } = useTranslation();
  const inResonance = useResonanceFigure() === id;
  const mover = useResonans(selectMover(id));
  if (!inResonance && !mover) return null;
  return (
    <span className="figure-method-note">
      {inResonance && <span className="resonance-note">{t('method.inResonanceShort')}</span>}
      {mover && <span className="mover-note">{t(`method.movers.${mover}`)}</span>}
    </span>
  );
}
