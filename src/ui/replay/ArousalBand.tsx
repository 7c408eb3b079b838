import { useTranslation } from 'react-i18next';
import { arousalStretches } from '../../domain/replay/arousalBand';
import type { RecordingIndex } from '../../domain/replay/recordingIndex';
import { ZONE_COLOUR } from './markColours';
import './replay.css';

/** The band's width in SVG units; the band stretches to the slider's width. */
const WIDTH = 1000;
/** A break is cut out of the band this wide, so it shows even between two stretches of one colour. */
const GAP = 5;

/** The arousal marks as a band under the time slider, with a gap at every break; ArousalLegend says what the colours mean. */
export function ArousalBand({ index }: { index: RecordingIndex }) {
  const { t } = useTranslation();
  const duration = Math.max(1, index.durationMs);
  const x = (ms: number) => (ms / duration) * WIDTH;
  return (
    <svg className="arousal-band" viewBox={`0 0 ${WIDTH} 10`} preserveAspectRatio="none" role="img" aria-label={t('replay.arousalBand')}>
      {arousalStretches(index.arousal, index.pauses, index.durationMs).map((stretch) => (
        <rect
          key={`${stretch.fromMs}-${stretch.toMs}`}
          className={`arousal-stretch zone-${stretch.zone}`}
          x={x(stretch.fromMs)}
          y={0}
          width={Math.max(2, x(stretch.toMs) - x(stretch.fromMs))}
          height={10}
          fill={ZONE_COLOUR[stretch.zone]}
        />
      ))}
      {index.pauses.map((pause) => (
        <rect key={`pause-${pause}`} className="arousal-gap" x={x(pause) - GAP / 2} y={0} width={GAP} height={10}>
          <title>{t('replay.pauseMark')}</title>
        </rect>
      ))}
    </svg>
  );
}
