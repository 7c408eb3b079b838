import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AROUSAL_ZONES, type ArousalMark } from '../../domain/recording/events';
import { useResonans, useResonansStore } from '../../store/StoreContext';
import { useArousalText } from './useArousalText';

/** The therapist marks the client's arousal: a zone, or a value from 0 to 10 (RTT). */
export function ArousalMarker() {
  const { t } = useTranslation();
  const store = useResonansStore();
  const current = useResonans((state) => state.progress.arousal);
  const arousalText = useArousalText();
  const [value, setValue] = useState(5);
  const headingId = useId();
  const valueId = useId();
  const mark = (arousal: ArousalMark) => store.getState().markArousal(arousal);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('arousal.heading')}</h2>
      <p className="hint">{t('arousal.hint')}</p>
      <div className="button-row">
        {AROUSAL_ZONES.map((zone) => (
          <button key={zone} type="button" className={`arousal-${zone}`} onClick={() => mark({ zone })}>
            {t(`arousal.zones.${zone}`)}
          </button>
        ))}
      </div>
      <label htmlFor={valueId}>{t('arousal.value')}</label>
      <div className="inline">
        <input
          id={valueId}
          type="range"
          min={0}
          max={10}
          step={1}
          value={value}
          aria-valuetext={t('arousal.valueText', { value })}
          onChange={(event) => setValue(Number(event.target.value))}
        />
        <button type="button" onClick={() => mark({ value })}>
          {t('arousal.markValue')}
        </button>
      </div>
      <p className="hint" role="status">
        {current ? t('arousal.current', { mark: arousalText(current) }) : t('arousal.none')}
      </p>
    </section>
  );
}
