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

/**
 * What a session of each template starts from (DOMAIN.md): an IoPT self-encounter, and a free
 * session, from the client's intention and the words the client chooses from it; RTT from a
 * theme or a trigger, with figures added as needed (seed 002); a family constellation from the
 * people of the system (seed 001). Only the first two need an intention and make its figures.
 */
export const STARTING_POINTS = { iopt: 'intention', rtt: 'theme', family: 'people', free: 'intention' } as const satisfies Record<
  PhaseTemplateId,
  'intention' | 'theme' | 'people'
>;

export const startsFromIntention = (template: PhaseTemplateId): boolean => STARTING_POINTS[template] === 'intention';

/**
 * The step in which the client releases the figures from their roles: IoPT's rounding off, and
 * a family constellation's end picture, where representatives step out of their roles the same way.
 */
export function isReleasePhase(template: PhaseTemplateId, phase: number): boolean {
  if (template === 'iopt') return PHASE_TEMPLATES.iopt[phase] === 'roundingOff';
  if (template === 'family') return PHASE_TEMPLATES.family[phase] === 'endPicture';
  return false;
}
