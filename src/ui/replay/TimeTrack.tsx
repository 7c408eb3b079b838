import { type KeyboardEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaybackController } from '../../domain/replay/playback';
import { useResonans } from '../../store/StoreContext';
import { durationText } from '../durationText';
import { ArousalBand } from './ArousalBand';
import { PhaseJump } from './PhaseJump';
import { scrubTarget } from './scrubKeys';
import { TimelineMarks } from './TimelineMarks';
import './replay.css';

/**
 * The one row above the room in replay: the phase shown (and a jump to another), the time, and
 * the time slider with the marks' ticks above it and the arousal band below it. The buttons are
 * in the header, the options behind "More", the band's legend beside the room.
 */
export function TimeTrack({ playback }: { playback: PlaybackController }) {
  const { t } = useTranslation();
  const replay = useResonans((state) => state.replay);
  const sliderId = useId();
  const keysId = useId();
  if (!replay) return null;
  const { index } = replay;
  const onSliderKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const to = scrubTarget(index, playback.time(), event.key, event.shiftKey);
    if (to === null) return;
    event.preventDefault();
    playback.seek(to);
  };
  const timeText = t('replay.timeText', { time: durationText(replay.t), duration: durationText(index.durationMs) });
  return (
    <div className="time-row">
      <PhaseJump playback={playback} />
      <span className="time-text" aria-hidden="true">
        {timeText}
      </span>
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
    </div>
  );
}
