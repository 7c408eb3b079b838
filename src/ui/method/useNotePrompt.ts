import { useTranslation } from 'react-i18next';
import { PHASE_TEMPLATES } from '../../domain/model/phaseTemplate';
import { useResonans } from '../../store/StoreContext';

const IOPT_RESONATORS_SHARE = PHASE_TEMPLATES.iopt.indexOf('resonatorsShare');

/**
 * A prompt shown in the phase's empty note where the method asks for one: in IoPT phase 6, what
 * the client links to their life and to the intention. It asks; it never offers a reading.
 */
export function useNotePrompt(): string | undefined {
  const { t } = useTranslation();
  const prompted = useResonans((state) => state.session?.template === 'iopt' && state.progress.phase === IOPT_RESONATORS_SHARE);
  return prompted ? t('method.linkNotePrompt') : undefined;
}
