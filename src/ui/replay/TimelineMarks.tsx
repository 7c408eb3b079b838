import type { PlaybackController } from '../../domain/replay/playback';
import type { RecordingIndex } from '../../domain/replay/recordingIndex';
import { MARK_COLOUR } from './markColours';
import { useMarkText } from './useMarkText';

/**
 * Where on the timeline something was said, expressed, noted, released or changed posture; a
 * click seeks there. Arousal and breaks have the band below; the list beside the room is the
 * keyboard's and the screen reader's way to the same marks, so the ticks stay out of both.
 */
export function TimelineMarks({ index, playback }: { index: RecordingIndex; playback: PlaybackController }) {
  const text = useMarkText();
  const duration = Math.max(1, index.durationMs);
  return (
    <div className="timeline-marks" aria-hidden="true">
      {index.marks.map((mark, i) =>
        mark.kind === 'arousal' || mark.kind === 'pause' ? null : (
          <span
            key={`${mark.t}-${i}`}
            className={`timeline-mark mark-${mark.kind}`}
            style={{ left: `${(mark.t / duration) * 100}%`, background: MARK_COLOUR[mark.kind] }}
            title={text(mark)}
            onClick={() => playback.seek(mark.t)}
          />
        ),
      )}
    </div>
  );
}
