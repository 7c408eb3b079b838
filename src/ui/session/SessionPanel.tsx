import type { EpochMillis } from '../../domain/model/units';
import { useResonans } from '../../store/StoreContext';
import { ArousalMarker } from './ArousalMarker';
import { ExpressionMarker } from './ExpressionMarker';
import { PhaseNote } from './PhaseNote';
import { RecordingControls } from './RecordingControls';
import { ReleasePanel } from './ReleasePanel';
import { SharingOrder } from './SharingOrder';
import { IOPT_RESONATORS_SHARE, IOPT_ROUNDING_OFF } from './usePhaseNames';

/** The tools the current phase needs, and only those, with the recording controls below. */
export function SessionPanel({ now, onReplay }: { now: () => EpochMillis; onReplay: () => void }) {
  const template = useResonans((state) => state.session?.template);
  const phase = useResonans((state) => state.progress.phase);
  const finished = useResonans((state) => state.progress.finished);
  const iopt = template === 'iopt';
  return (
    <>
      {!finished && iopt && phase === IOPT_RESONATORS_SHARE && <SharingOrder />}
      {!finished && iopt && phase === IOPT_ROUNDING_OFF && <ReleasePanel />}
      {!finished && <ExpressionMarker />}
      {!finished && <PhaseNote />}
      {!finished && <ArousalMarker />}
      <RecordingControls now={now} onReplay={onReplay} />
    </>
  );
}
