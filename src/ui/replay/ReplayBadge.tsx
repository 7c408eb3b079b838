import { useTranslation } from 'react-i18next';
import { useResonans } from '../../store/StoreContext';
import { durationText } from '../durationText';
import './replay.css';

/** Over the room: this is a replay and the moment shown, so nobody takes the picture for the live session. */
export function ReplayBadge() {
  const { t } = useTranslation();
  const time = useResonans((state) => (state.replay ? durationText(state.replay.t) : null));
  if (time === null) return null;
  return <p className="room-badge replay-badge">{t('replayMarks.replaying', { time })}</p>;
}
