import { useTranslation } from 'react-i18next';
import type { FigureId } from '../../domain/model/ids';
import { useResonans } from '../../store/StoreContext';
import { selectResonance } from './useMethodView';
import './method.css';

/**
 * A small word on the room's label of the figure the client is in resonance with: page text, so
 * the room is not rebuilt and the label placer measures it like any other label.
 */
export function ResonanceLabelMark({ id }: { id: FigureId }) {
  const { t } = useTranslation();
  const inResonance = useResonans((state) => selectResonance(state) === id);
  if (!inResonance) return null;
  return <span className="label-resonance">{t('method.labelMark')}</span>;
}
