import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { arousalZoneOf } from '../../domain/replay/arousalBand';
import type { ArousalMark } from '../../domain/recording/events';

/** An arousal mark in words; a value says which zone it lies in, so the number reads without a legend. */
export function useArousalText(): (mark: ArousalMark) => string {
  const { t } = useTranslation();
  return useCallback(
    (mark: ArousalMark) =>
      'zone' in mark ? t(`arousal.zones.${mark.zone}`) : t('replayMarks.valueWithZone', { value: mark.value, zone: t(`arousal.zones.${arousalZoneOf(mark)}`) }),
    [t],
  );
}
