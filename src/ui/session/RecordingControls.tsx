import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPaused, sessionTime } from '../../domain/recording/sessionClock';
import type { EpochMillis } from '../../domain/model/units';
import { useResonans, useResonansStore } from '../../store/StoreContext';
import { ConfirmDialog } from '../ConfirmDialog';
import { durationText } from '../durationText';
import { SideSection } from '../SideSection';

interface RecordingControlsProps {
  readonly now: () => EpochMillis;
  readonly onReplay: () => void;
}

/** The session clock, pause and resume, finishing, and the way into replay. */
export function RecordingControls({ now, onReplay }: RecordingControlsProps) {
  const { t } = useTranslation();
  const store = useResonansStore();
  const clock = useResonans((state) => state.clock);
  const finished = useResonans((state) => state.progress.finished);
  const [, setTick] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const paused = !clock || isPaused(clock);
  // The clock on screen moves once a second while recording; nothing else re-renders.
  useEffect(() => {
    if (paused) return;
    const timer = setInterval(() => setTick((tick) => tick + 1), 1000);
    return () => clearInterval(timer);
  }, [paused]);
  const time = durationText(clock ? sessionTime(clock, now()) : 0);
  const status = finished ? t('recording.finished', { time }) : paused ? t('recording.paused', { time }) : t('recording.recording', { time });
  return (
    <SideSection title={t('recording.heading')} className="recording-controls">
      <p className="recording-status" data-state={finished ? 'finished' : paused ? 'paused' : 'recording'}>
        {status}
      </p>
      {finished && <p className="hint">{t('replay.finishedNote')}</p>}
      <div className="button-row">
        {!finished &&
          (paused ? (
            <button type="button" onClick={() => store.getState().resumeRecording()}>
              {t('recording.resume')}
            </button>
          ) : (
            <button type="button" onClick={() => store.getState().pauseRecording()}>
              {t('recording.pause')}
            </button>
          ))}
        {!finished && (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('recording.finish')}
          </button>
        )}
        <button type="button" onClick={onReplay}>
          {t('recording.replay')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('recording.finishTitle')}
          confirmLabel={t('recording.finish')}
          cancelLabel={t('library.cancel')}
          tone="calm"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            store.getState().finishSession();
            onReplay();
          }}
        >
          <p>{t('recording.finishBody')}</p>
        </ConfirmDialog>
      )}
    </SideSection>
  );
}
