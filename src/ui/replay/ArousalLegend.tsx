import { useTranslation } from 'react-i18next';
import { ZONE_COLOUR } from './markColours';
import './replay.css';

/** What the colours of the arousal band mean; beside the room, where there is room to read it. */
export function ArousalLegend() {
  const { t } = useTranslation();
  return (
    <ul className="arousal-legend" aria-label={t('replayMarks.legend')}>
      <li>
        <span className="legend-swatch" style={{ background: ZONE_COLOUR.hypo }} aria-hidden="true" />
        {t('replayMarks.hypo')}
      </li>
      <li>
        <span className="legend-swatch" style={{ background: ZONE_COLOUR.calm }} aria-hidden="true" />
        {t('arousal.zones.calm')}
      </li>
      <li>
        <span className="legend-swatch" style={{ background: ZONE_COLOUR.hyper }} aria-hidden="true" />
        {t('replayMarks.hyper')}
      </li>
      <li>
        <span className="legend-swatch legend-gap" aria-hidden="true" />
        {t('replayMarks.gap')}
      </li>
      <li>
        <span className="legend-swatch legend-unmarked" aria-hidden="true" />
        {t('replayMarks.unmarked')}
      </li>
    </ul>
  );
}
