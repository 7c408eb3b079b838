import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Numbers with their units as the chosen language writes them: metres to the centimetre, degrees whole. */
export function useNumberText(): { metres: (value: number) => string; degrees: (value: number) => string } {
  const { i18n } = useTranslation();
  return useMemo(() => {
    // The units come from the language's own number format: "1,25 m", "90°".
    const twoPlaces = new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'meter', minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const whole = new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'degree', unitDisplay: 'narrow', maximumFractionDigits: 0 });
    return { metres: (value) => twoPlaces.format(value), degrees: (value) => whole.format(value) };
  }, [i18n.language]);
}
