import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaybackController } from '../../domain/replay/playback';
import { phaseStarts } from '../../domain/replay/stateAt';
import { useResonans } from '../../store/StoreContext';
import { usePhaseNames } from '../session/usePhaseNames';

/**
 * The phase at the playhead, and a jump to the start of any phase the session entered: one
 * control instead of a row of phases, so the room keeps its height. Phases never entered are not offered.
 */
export function PhaseJump({ playback }: { playback: PlaybackController }) {
  const { t } = useTranslation();
  const index = useResonans((state) => state.replay?.index);
  const phase = useResonans((state) => state.replay?.state.phase ?? 0);
  const template = useResonans((state) => state.session?.template);
  const names = usePhaseNames(template);
  const id = useId();
  if (!index || names.length === 0) return null;
  const starts = phaseStarts(index)
    .filter((start) => names[start.phase] !== undefined)
    .sort((a, b) => a.phase - b.phase);
  return (
    <div className="phase-jump">
      <label htmlFor={id} className="visually-hidden">
        {t('replayMarks.phase')}
      </label>
      <select
        id={id}
        value={phase}
        onChange={(event) => {
          const to = starts.find((start) => start.phase === Number(event.target.value));
          if (to) playback.seek(to.t);
        }}
      >
        {starts.map((start) => (
          <option key={start.phase} value={start.phase}>
            {t('replayMarks.phaseOption', { number: start.phase + 1, phase: names[start.phase] ?? '' })}
          </option>
        ))}
      </select>
    </div>
  );
}
