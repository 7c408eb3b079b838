import { Fragment, type KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { arousalZoneOf } from '../../domain/replay/arousalBand';
import { isFrozen } from '../../store/selectors';
import { useResonans, useResonansStore } from '../../store/StoreContext';
import { useArousalText } from './useArousalText';
import '../replay/replay.css';

const VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * The scale by zone, each led by its name: one row under the names where the panel is wide
 * enough, or one row per zone for a finger (replay.css), so every value stays 44 px wide.
 */
const ZONES = (['hypo', 'calm', 'hyper'] as const).map((zone) => ({
  zone,
  name: zone === 'calm' ? ('arousal.zones.calm' as const) : zone === 'hypo' ? ('replayMarks.hypo' as const) : ('replayMarks.hyper' as const),
  values: VALUES.filter((value) => arousalZoneOf({ value }) === zone),
}));

/**
 * The therapist marks the client's arousal (RTT) on one scale from 0, hypo, to 10, hyper, with
 * the calm window between: a tap records the value at this moment. The keyboard moves along the
 * scale with the arrows and marks with Enter or Space, so looking along it records nothing.
 */
export function ArousalMarker() {
  const { t } = useTranslation();
  const store = useResonansStore();
  const current = useResonans((state) => state.progress.arousal);
  // Read-only in a second tab: the scale shows the last mark and takes no new one.
  const frozen = useResonans(isFrozen);
  const arousalText = useArousalText();
  const marked = current && 'value' in current ? current.value : undefined;
  const [focusable, setFocusable] = useState<number>(marked ?? 5);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const headingId = useId();
  const hintId = useId();

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, value: number) => {
    const moves: Record<string, number> = { ArrowLeft: value - 1, ArrowDown: value - 1, ArrowRight: value + 1, ArrowUp: value + 1, Home: 0, End: 10 };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(10, to));
    setFocusable(next);
    buttons.current[next]?.focus();
  };

  return (
    <section className="panel arousal-marker" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('arousal.heading')}</h2>
      <div className="arousal-scale" role="group" aria-label={t('replayMarks.scale')} aria-describedby={hintId}>
        {ZONES.map(({ zone, name, values }) => (
          <Fragment key={zone}>
            <span className={`arousal-end zone-${zone}`} aria-hidden="true">
              {t(name)}
            </span>
            {values.map((value) => (
              <button
                key={value}
                ref={(button) => {
                  buttons.current[value] = button;
                }}
                type="button"
                className={`arousal-value zone-${zone}`}
                tabIndex={value === focusable ? 0 : -1}
                aria-pressed={marked === value}
                disabled={frozen}
                aria-label={t('replayMarks.markValue', { value, zone: t(`arousal.zones.${zone}`) })}
                onFocus={() => setFocusable(value)}
                onKeyDown={(event) => onKeyDown(event, value)}
                onClick={() => store.getState().markArousal({ value })}
              >
                {value}
              </button>
            ))}
          </Fragment>
        ))}
      </div>
      <p id={hintId} className="hint">
        {t('replayMarks.scaleHint')}
      </p>
      <p className="hint" role="status">
        {current ? t('arousal.current', { mark: arousalText(current) }) : t('arousal.none')}
      </p>
    </section>
  );
}
