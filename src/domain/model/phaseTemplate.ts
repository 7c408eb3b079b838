/**
 * The phase templates a session can follow. Phase names live in the i18n catalogue under
 * `phase.<template>.<phase>`; the domain knows only their ids and order.
 */
export const PHASE_TEMPLATES = {
  iopt: ['intention', 'chooseResonators', 'wordless', 'orientation', 'clientShares', 'resonatorsShare', 'roundingOff'],
  rtt: ['checkIn', 'regulation', 'exploration', 'integration', 'closing'],
  family: ['setUp', 'firstPicture', 'process', 'resolutionPicture'],
  free: [],
} as const satisfies Record<string, readonly string[]>;

export type PhaseTemplateId = keyof typeof PHASE_TEMPLATES;
export const PHASE_TEMPLATE_IDS = Object.keys(PHASE_TEMPLATES) as PhaseTemplateId[];
export const DEFAULT_PHASE_TEMPLATE: PhaseTemplateId = 'iopt';

export function isPhaseTemplateId(value: unknown): value is PhaseTemplateId {
  return typeof value === 'string' && Object.hasOwn(PHASE_TEMPLATES, value);
}
