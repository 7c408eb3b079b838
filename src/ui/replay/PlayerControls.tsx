import { type KeyboardEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAYBACK_SPEEDS, type PlaybackController, type PlaybackSpeed } from '../../domain/replay/playback';
import { neighbouringChange, phaseStarts } from '../../domain/replay/stateAt';
import { useResonans, useResonansStore } from '../../store/StoreContext';
import { durationText } from '../durationText';
import { usePhaseNames } from '../session/usePhaseNames';
import { ArousalBand } from './ArousalBand';
import { scrubTarget } from './scrubKeys';
import { TimelineMarks } from './TimelineMarks';

/** Play, pause, speed, the time slider with the marks and the arousal band, steps from change to change and jumps to phases. */
export function PlayerControls({ playback }: { playback: PlaybackController }) {
  const { t } = useTranslation();
  const store = useResonansStore();
  const replay = useResonans((state) => state.replay);
  const template = useResonans((state) => state.session?.template);
  const names = usePhaseNames(template);
  const sliderId = useId();
  const speedId = useId();
  const compareId = useId();
  const keysId = useId();
  if (!replay) return null;
  const { index } = replay;
  const starts = phaseStarts(index).filter((start) => names[start.phase] !== undefined);
  const step = (direction: -1 | 1) => {
    const next = neighbouringChange(index, playback.time(), direction);
    if (next !== undefined) playback.seek(next);
  };
  const onSliderKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const to = scrubTarget(index, playback.time(), event.key, event.shiftKey);
    if (to === null) return;
    event.preventDefault();
    playback.seek(to);
  };
  const timeText = t('replay.timeText', { time: durationText(replay.t), duration: durationText(index.durationMs) });
  // Three short rows, so the room keeps most of the screen: steps and time; the timeline; how to show it.
  // Leaving the replay is in the header (ReplayView), beside the session's name.
  return (
    <div className="player" role="group" aria-label={t('replay.player')}>
      <div className="player-row">
        <button type="button" className="primary" onClick={() => (playback.isPlaying() ? playback.pause() : playback.play())}>
          {replay.playing ? t('replay.pause') : t('replay.play')}
        </button>
        <button type="button" onClick={() => step(-1)}>
          {t('replay.previousChange')}
        </button>
        <button type="button" onClick={() => step(1)}>
          {t('replay.nextChange')}
        </button>
        <span className="time-text">{timeText}</span>
      </div>
      <div className="time-track">
        <label htmlFor={sliderId} className="visually-hidden">
          {t('replay.time')}
        </label>
        <TimelineMarks index={index} playback={playback} />
        <input
          id={sliderId}
          type="range"
          min={0}
          max={index.durationMs}
          step={1}
          value={replay.t}
          aria-valuetext={timeText}
          aria-describedby={keysId}
          onKeyDown={onSliderKey}
          onChange={(event) => playback.seek(Number(event.target.value))}
        />
        <span id={keysId} className="visually-hidden">
          {t('replayMarks.timeKeys')}
        </span>
        <ArousalBand index={index} />
      </div>
      <div className="player-row player-options">
        <label htmlFor={speedId} className="inline-label">
          {t('replay.speed')}
        </label>
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
        {names.length > 0 && (
          <>
            <label htmlFor={compareId} className="visually-hidden">
              {t('replay.compare')}
            </label>
            <select
              id={compareId}
              value={replay.ghostPhase ?? ''}
              onChange={(event) => store.getState().setGhostPhase(event.target.value === '' ? null : Number(event.target.value))}
            >
              {/* While nothing is compared, the empty choice says what the list is for. */}
              <option value="">{replay.ghostPhase === null ? t('replay.compare') : t('replay.compareNone')}</option>
              {starts.map((start) => (
                <option key={start.phase} value={start.phase}>
                  {names[start.phase]}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
    </div>
  );
}
