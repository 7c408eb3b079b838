import { useTranslation } from 'react-i18next';
import { isPaused } from '../../domain/recording/sessionClock';
import { useResonans } from '../../store/StoreContext';
import '../replay/replay.css';

/** Over the room while recording is paused: the people looking at the room see it, not only the side panel. */
export function PausedBadge() {
  const { t } = useTranslation();
  const paused = useResonans((state) => state.clock !== null && isPaused(state.clock) && !state.progress.finished && state.replay === null);
  if (!paused) return null;
  return <p className="room-badge paused-badge">{t('replayMarks.paused')}</p>;
}
