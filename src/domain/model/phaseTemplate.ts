/**
 * The phase templates a session can follow. Phase names live in the i18n catalogue under
 * `phase.<template>.<phase>`; the domain knows only their ids and order. A recording keeps a
 * phase by its index, so an id may be renamed without touching any file.
 */
export const PHASE_TEMPLATES = {
  iopt: ['intention', 'chooseResonators', 'wordless', 'orientation', 'clientShares', 'resonatorsShare', 'roundingOff'],
  rtt: ['checkIn', 'regulation', 'exploration', 'integration', 'closing'],
  // The last picture is the end picture, never a "resolution": the app does not judge a picture (DOMAIN.md).
  family: ['setUp', 'firstPicture', 'process', 'endPicture'],
  free: [],
} as const satisfies Record<string, readonly string[]>;

export type PhaseTemplateId = keyof typeof PHASE_TEMPLATES;
export const PHASE_TEMPLATE_IDS = Object.keys(PHASE_TEMPLATES) as PhaseTemplateId[];
export const DEFAULT_PHASE_TEMPLATE: PhaseTemplateId = 'iopt';

export function isPhaseTemplateId(value: unknown): value is PhaseTemplateId {
  return typeof value === 'string' && Object.hasOwn(PHASE_TEMPLATES, value);
}
