import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BODY_TONES } from '../../domain/recording/events';
import { isFrozen } from '../../store/selectors';
import { useResonans, useResonansStore } from '../../store/StoreContext';

/** RTT: the body's tone as the therapist reads it, beside arousal; each tap is recorded with its time. */
export function BodyToneMarker() {
  const { t } = useTranslation();
  const store = useResonansStore();
  const current = useResonans((state) => state.progress.method.bodyTone);
  const frozen = useResonans(isFrozen);
  const headingId = useId();
  return (
    <section className="panel body-tone-marker" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('method.bodyToneHeading')}</h2>
      <div className="method-choices" role="group" aria-labelledby={headingId}>
        {BODY_TONES.map((tone) => (
          <button key={tone} type="button" aria-pressed={current === tone} disabled={frozen} onClick={() => store.getState().markBodyTone(tone)}>
            {t(`method.tones.${tone}`)}
          </button>
        ))}
      </div>
      <p className="hint" role="status">
        {current ? t('method.bodyToneNow', { tone: t(`method.tones.${current}`) }) : t('method.bodyToneNone')}
      </p>
    </section>
  );
}
