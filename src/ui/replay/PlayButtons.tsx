import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaybackController } from '../../domain/replay/playback';
import { neighbouringChange } from '../../domain/replay/stateAt';
import { useResonans } from '../../store/StoreContext';

/** Play or pause, and the steps from change to change: the player's buttons, in the header row so the room keeps its height. */
export function PlayButtons({ playback, playRef }: { playback: PlaybackController; playRef?: Ref<HTMLButtonElement> }) {
  const { t } = useTranslation();
  const index = useResonans((state) => state.replay?.index);
  const playing = useResonans((state) => state.replay?.playing ?? false);
  if (!index) return null;
  const step = (direction: -1 | 1) => {
    const next = neighbouringChange(index, playback.time(), direction);
    if (next !== undefined) playback.seek(next);
  };
  return (
    <div className="play-buttons" role="group" aria-label={t('replay.player')}>
      <button ref={playRef} type="button" className="primary" onClick={() => (playback.isPlaying() ? playback.pause() : playback.play())}>
        {playing ? t('replay.pause') : t('replay.play')}
      </button>
      <button type="button" onClick={() => step(-1)}>
        {t('replay.previousChange')}
      </button>
      <button type="button" onClick={() => step(1)}>
        {t('replay.nextChange')}
      </button>
    </div>
  );
}
