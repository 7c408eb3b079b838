import { useTranslation } from 'react-i18next';
import type { ArousalMark } from '../../domain/recording/events';
import type { RecordingIndex } from '../../domain/replay/recordingIndex';

/** Muted colours for the arousal band: no alarm red, only warmer and cooler tones. */
const ZONE_COLOUR = { hypo: '#8aa3b8', calm: '#9db892', hyper: '#d1a66a' } as const;

function colourOf(mark: ArousalMark): string {
  if ('zone' in mark) return ZONE_COLOUR[mark.zone];
  if (mark.value <= 3) return ZONE_COLOUR.hypo;
  if (mark.value >= 7) return ZONE_COLOUR.hyper;
  return ZONE_COLOUR.calm;
}

/** The arousal marks as a band under the time slider, and the breaks in the recording as ticks. */
export function ArousalBand({ index }: { index: RecordingIndex }) {
  const { t } = useTranslation();
  const duration = Math.max(1, index.durationMs);
  const { times, values } = index.arousal;
  return (
    <svg className="arousal-band" viewBox="0 0 1000 10" preserveAspectRatio="none" role="img" aria-label={t('replay.arousalBand')}>
      {values.map((mark, i) => {
        const from = ((times[i] ?? 0) / duration) * 1000;
        const to = ((times[i + 1] ?? duration) / duration) * 1000;
        return <rect key={`${times[i]}-${i}`} x={from} y={0} width={Math.max(1, to - from)} height={10} fill={colourOf(mark)} />;
      })}
      {index.pauses.map((pause) => (
        <rect key={`pause-${pause}`} x={(pause / duration) * 1000 - 1.5} y={0} width={3} height={10} fill="#5f564b">
          <title>{t('replay.pauseMark')}</title>
        </rect>
      ))}
    </svg>
  );
}
