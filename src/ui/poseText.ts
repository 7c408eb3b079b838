import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseFacing, type Pose } from '../domain/model/pose';

/**
 * The pose as text: `x 1.20 m, z -0.50 m, facing 90°`. Metres from the board's centre with
 * two decimals, facing in whole degrees. Numbers follow the language's own format.
 */
export function usePoseText(): (pose: Pose) => string {
  const { t, i18n } = useTranslation();
  const metres = useMemo(
    () => new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'negative' }),
    [i18n.language],
  );
  return useCallback(
    (pose: Pose) => t('room.pose', { x: metres.format(pose.x), z: metres.format(pose.z), facing: String(normaliseFacing(Math.round(pose.facing))) }),
    [t, metres],
  );
}
