import { useTranslation } from 'react-i18next';
import { PHASE_TEMPLATES, type PhaseTemplateId } from '../../domain/model/phaseTemplate';

/** The names of a template's phases in the current language. */
export function usePhaseNames(template: PhaseTemplateId | undefined): string[] {
  const { t } = useTranslation();
  if (!template || template === 'free') return [];
  switch (template) {
    case 'iopt':
      return PHASE_TEMPLATES.iopt.map((phase) => t(`phases.iopt.${phase}`));
    case 'rtt':
      return PHASE_TEMPLATES.rtt.map((phase) => t(`phases.rtt.${phase}`));
    case 'family':
      return PHASE_TEMPLATES.family.map((phase) => t(`phases.family.${phase}`));
  }
}

/** The short help for a phase: what can be done now, in one or two sentences. */
export function usePhaseHelp(template: PhaseTemplateId | undefined, phase: number): string {
  const { t } = useTranslation();
  switch (template) {
    case 'iopt': {
      const id = PHASE_TEMPLATES.iopt[phase];
      return id ? t(`phaseHelp.iopt.${id}`) : '';
    }
    case 'rtt': {
      const id = PHASE_TEMPLATES.rtt[phase];
      return id ? t(`phaseHelp.rtt.${id}`) : '';
    }
    case 'family': {
      const id = PHASE_TEMPLATES.family[phase];
      return id ? t(`phaseHelp.family.${id}`) : '';
    }
    case 'free':
      return t('phaseHelp.free');
    default:
      return '';
  }
}

/** IoPT phases with tools of their own. */
export const IOPT_RESONATORS_SHARE = PHASE_TEMPLATES.iopt.indexOf('resonatorsShare');
export const IOPT_ROUNDING_OFF = PHASE_TEMPLATES.iopt.indexOf('roundingOff');
export const IOPT_WORDLESS = PHASE_TEMPLATES.iopt.indexOf('wordless');
