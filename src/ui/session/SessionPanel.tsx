import { useTranslation } from 'react-i18next';
import type { EpochMillis } from '../../domain/model/units';
import { useResonans } from '../../store/StoreContext';
import { SideSection } from '../SideSection';
import { ArousalMarker } from './ArousalMarker';
import { ExpressionMarker } from './ExpressionMarker';
import { PhaseNote } from './PhaseNote';
import { useArousalLeads } from './PhaseTools';
import { RecordingControls } from './RecordingControls';

/**
 * What is noted along the way (expressions, the phase's note, arousal) and the recording
 * controls. The tools of the phase itself lead the side panel (PhaseTools).
 */
export function SessionPanel({ now, onReplay }: { now: () => EpochMillis; onReplay: () => void }) {
  const { t } = useTranslation();
  const finished = useResonans((state) => state.progress.finished);
  // RTT watches the client's arousal throughout, so there it leads the side panel (PhaseTools).
  const arousalLeads = useArousalLeads();
  return (
    <>
      {!finished && (
        <SideSection title={t('layout.marks')} className="marks">
          <ExpressionMarker />
          <PhaseNote />
          {!arousalLeads && <ArousalMarker />}
        </SideSection>
      )}
      <RecordingControls now={now} onReplay={onReplay} />
    </>
  );
}
