import { useTranslation } from 'react-i18next';
import { useResonans } from '../../store/StoreContext';
import { methodAt } from './useMethodView';

/** In replay, beside arousal: the body tone last marked before the playhead, once one was. */
export function BodyToneAtPlayhead() {
  const { t } = useTranslation();
  const tone = useResonans((state) => methodAt(state).bodyTone);
  if (!tone) return null;
  return <p className="replay-body-tone">{t('method.bodyToneAtPlayhead', { tone: t(`method.tones.${tone}`) })}</p>;
}
