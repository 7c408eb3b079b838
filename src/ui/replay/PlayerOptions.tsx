import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAYBACK_SPEEDS, type PlaybackController, type PlaybackSpeed } from '../../domain/replay/playback';
import { phaseStarts } from '../../domain/replay/stateAt';
import { useResonans, useResonansStore } from '../../store/StoreContext';
import { SaveVideoEntry } from '../export/SaveVideoEntry';
import { usePhaseNames } from '../session/usePhaseNames';

/** How the replay is shown, chosen now and then: speed, trails, and a comparison with the end of a phase. Behind "More". */
export function PlayerOptions({ playback }: { playback: PlaybackController }) {
  const { t } = useTranslation();
  const store = useResonansStore();
  const replay = useResonans((state) => state.replay);
  const template = useResonans((state) => state.session?.template);
  const names = usePhaseNames(template);
  const speedId = useId();
  const compareId = useId();
  if (!replay) return null;
  const starts = phaseStarts(replay.index).filter((start) => names[start.phase] !== undefined);
  return (
    <div className="player-options">
      <SaveVideoEntry playback={playback} />
      <label htmlFor={speedId}>{t('replay.speed')}</label>
      <select
        id={speedId}
        value={replay.speed}
        onChange={(event) => {
          const speed = Number(event.target.value) as PlaybackSpeed;
          playback.setSpeed(speed);
          store.getState().setReplaySpeed(speed);
        }}
      >
        {PLAYBACK_SPEEDS.map((speed) => (
          <option key={speed} value={speed}>
            {t('replay.speedOption', { speed })}
          </option>
        ))}
      </select>
      <label className="switch">
        <input type="checkbox" checked={replay.trails} onChange={(event) => store.getState().setTrails(event.target.checked)} />
        <span>{t('replay.trails')}</span>
      </label>
      {starts.length > 0 && (
        <>
          <label htmlFor={compareId}>{t('replay.compare')}</label>
          <select
            id={compareId}
            value={replay.ghostPhase ?? ''}
            onChange={(event) => store.getState().setGhostPhase(event.target.value === '' ? null : Number(event.target.value))}
          >
            <option value="">{t('replay.compareNone')}</option>
            {starts.map((start) => (
              <option key={start.phase} value={start.phase}>
                {names[start.phase]}
              </option>
            ))}
          </select>
        </>
      )}
    </div>
  );
}
