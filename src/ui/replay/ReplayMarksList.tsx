import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { arousalZoneOf } from '../../domain/replay/arousalBand';
import type { ReplayMark } from '../../domain/replay/replayMarks';
import { lastIndexAtOrBefore } from '../../domain/replay/timeline';
import { usePlayback } from '../../store/PlaybackContext';
import { useResonans } from '../../store/StoreContext';
import { durationText } from '../durationText';
import { MARK_COLOUR, ZONE_COLOUR } from './markColours';
import { useMarkText } from './useMarkText';
import './replay.css';

const colourOf = (mark: ReplayMark) => (mark.kind === 'arousal' ? ZONE_COLOUR[arousalZoneOf(mark.mark)] : MARK_COLOUR[mark.kind]);

/**
 * Everything recorded, in order of time, beside the room: each line seeks there. The line the
 * playhead last passed is marked as now and kept in view, without moving the page around it.
 */
export function ReplayMarksList() {
  const { t } = useTranslation();
  const playback = usePlayback();
  const marks = useResonans((state) => state.replay?.index.marks);
  const markTimes = useResonans((state) => state.replay?.index.markTimes);
  const now = useResonans((state) => state.replay?.t ?? 0);
  const text = useMarkText();
  const headingId = useId();
  const hintId = useId();
  const list = useRef<HTMLOListElement>(null);
  const current = markTimes ? lastIndexAtOrBefore(markTimes, now) : -1;

  useEffect(() => {
    const box = list.current;
    const item = box?.children[Math.max(0, current)] as HTMLElement | undefined;
    if (!box || !item) return;
    const top = item.offsetTop;
    if (top < box.scrollTop || top + item.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }, [current]);

  if (!marks) return null;
  return (
    <section className="panel replay-marks" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('replayMarks.heading')}</h2>
      <p id={hintId} className="hint">
        {marks.length === 0 ? t('replayMarks.empty') : t('replayMarks.hint')}
      </p>
      {marks.length > 0 && (
        <ol className="mark-list" ref={list} aria-label={t('replayMarks.list')} aria-describedby={hintId}>
          {marks.map((mark, i) => (
            <li key={`${mark.t}-${i}`} className={`mark-item mark-${mark.kind}${i <= current ? ' passed' : ''}`}>
              <button type="button" aria-current={i === current ? 'true' : undefined} onClick={() => playback?.seek(mark.t)}>
                <span className="mark-time">{durationText(mark.t)}</span>
                <span className="mark-dot" style={{ background: colourOf(mark) }} aria-hidden="true" />
                <span className="mark-text">{text(mark)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
