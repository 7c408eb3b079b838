import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArousalMark } from '../../domain/recording/events';

export function useArousalText(): (mark: ArousalMark) => string {
  const { t } = useTranslation();
  return useCallback((mark: ArousalMark) => ('zone' in mark ? t(`arousal.zones.${mark.zone}`) : t('arousal.valueText', { value: mark.value })), [t]);
}
