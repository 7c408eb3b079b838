import { isReleasePhase, PHASE_TEMPLATES } from '../../domain/model/phaseTemplate';
import { useResonans } from '../../store/StoreContext';
import { BodyToneMarker } from './BodyToneMarker';
import { LeavingRole } from './LeavingRole';
import { RegulationMarker } from './RegulationMarker';
import { ResonanceStatus } from './ResonanceStatus';
import { ResourcesList } from './ResourcesList';
import { WordlessEnd } from './WordlessEnd';
import './method.css';

const IOPT_WORDLESS = PHASE_TEMPLATES.iopt.indexOf('wordless');
const RTT_CLOSING = PHASE_TEMPLATES.rtt.indexOf('closing');

/**
 * Leads the phase's tools in IoPT from the wordless phase on: who the client is in resonance
 * with in one-to-one work, since what is said then is the client's. Shown too whenever the
 * client is in resonance, whatever the method or phase, so the way out is never hidden.
 */
export function MethodPhaseLead() {
  const template = useResonans((state) => state.session?.template);
  const phase = useResonans((state) => state.progress.phase);
  const inResonance = useResonans((state) => state.progress.method.resonance !== null);
  if (!inResonance && !(template === 'iopt' && phase >= IOPT_WORDLESS)) return null;
  return <ResonanceStatus />;
}

/**
 * The method's marks of this phase: the end of the wordless phase (IoPT 3), what each released
 * resonator said to come out of the role, and in RTT regulation and body tone throughout beside
 * arousal, with the resources given at the close.
 */
export function MethodPhaseTools() {
  const template = useResonans((state) => state.session?.template);
  const phase = useResonans((state) => state.progress.phase);
  if (!template) return null;
  return (
    <>
      {template === 'iopt' && phase === IOPT_WORDLESS && <WordlessEnd />}
      {isReleasePhase(template, phase) && <LeavingRole />}
      {template === 'rtt' && <RegulationMarker />}
      {template === 'rtt' && <BodyToneMarker />}
      {template === 'rtt' && phase === RTT_CLOSING && <ResourcesList />}
    </>
  );
}
