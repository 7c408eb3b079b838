import { useTranslation } from 'react-i18next';
import { isFrozen } from '../../store/selectors';
import { useResonans } from '../../store/StoreContext';
import { AddFigurePanel } from '../AddFigurePanel';
import { SideSection } from '../SideSection';
import { ArousalMarker } from './ArousalMarker';
import { ReleasePanel } from './ReleasePanel';
import { SharingOrder } from './SharingOrder';
import { isReleasePhase } from '../../domain/model/phaseTemplate';
import { MethodPhaseLead, MethodPhaseTools } from '../method/MethodPhaseTools';
import { IOPT_RESONATORS_SHARE, usePhaseHelp } from './usePhaseNames';

/** Whether watching the client's arousal is the main action throughout (RTT), so it leads the side panel. */
export function useArousalLeads(): boolean {
  return useResonans((state) => state.session?.template === 'rtt');
}

/** Whether adding figures is the main action of the session's method, so it leads the side panel. */
export function useAddingLeads(): boolean {
  return useResonans((state) => state.session?.template === 'family');
}

/**
 * What the current phase is for, in a sentence, and the tools it needs, at the top of the side
 * panel so the phase's main action is seen without scrolling: the sharing order and releasing in
 * IoPT, adding people in a family constellation, the arousal scale in RTT.
 */
export function PhaseTools() {
  const { t } = useTranslation();
  const template = useResonans((state) => state.session?.template);
  const phase = useResonans((state) => state.progress.phase);
  const finished = useResonans((state) => state.progress.finished);
  const frozen = useResonans(isFrozen);
  const help = usePhaseHelp(template, phase);
  const addingLeads = useAddingLeads();
  const arousalLeads = useArousalLeads();
  if (finished) return null;
  const iopt = template === 'iopt';
  return (
    <SideSection title={t('layout.thisPhase')} className="phase-tools">
      {help && <p className="hint phase-help">{help}</p>}
      <MethodPhaseLead />
      {iopt && phase === IOPT_RESONATORS_SHARE && <SharingOrder />}
      {template && isReleasePhase(template, phase) && <ReleasePanel />}
      {addingLeads && !frozen && <AddFigurePanel />}
      {arousalLeads && <ArousalMarker />}
      <MethodPhaseTools />
    </SideSection>
  );
}
