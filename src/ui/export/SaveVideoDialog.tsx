import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, useServices } from '../../app/services';
import { downloadBlob } from '../../app/library/download';
import type { PlaybackController } from '../../domain/replay/playback';
import { phaseStarts } from '../../domain/replay/stateAt';
import { mediaFileName } from '../../export/picture/fileName';
import { roomChangedBetween } from '../../export/video/stillFrames';
import { valueAt } from '../../domain/replay/timeline';
import { RELEASE_FADE_MS } from '../../scene/figure/opacity';
import { frameTimes, phaseStretches, type Stretch, videoLengthMs } from '../../export/video/videoPlan';
import { roomCapture } from '../../scene/capture/captureSlot';
import { useResonans, useResonansStore } from '../../store/StoreContext';
import { DialogActions } from '../DialogActions';
import { DialogOutcome } from '../DialogOutcome';
import { durationText } from '../durationText';
import { ModalDialog } from '../ModalDialog';
import { usePhaseNames } from '../session/usePhaseNames';
import './export.css';
import { CaptionOptions, DEFAULT_CAPTION } from './CaptionOptions';
import { useCaption } from './useCaption';
import { showReplayMoment } from './showReplayMoment';

const VIDEO_SPEEDS = [1, 2, 4, 8] as const;
/** Common video sizes, so the file plays full-screen without black bars on most screens. */
const VIDEO_SIZES = [
  { widthPx: 1280, heightPx: 720 },
  { widthPx: 1920, heightPx: 1080 },
] as const;
/** The room a video frame stands for, in CSS pixels: labels and caption keep one size at every video size. */
const VIDEO_VIEW_HEIGHT_PX = 640;

/** "Save video": the replay of the whole session or of chosen phases, in a chosen view and speed. */
export function SaveVideoDialog({ playback, onClose }: { playback: PlaybackController; onClose: () => void }) {
  const { t } = useTranslation();
  const { now } = useServices();
  const store = useResonansStore();
  const replay = useResonans((state) => state.replay);
  const session = useResonans((state) => state.session);
  const names = usePhaseNames(session?.template);
  const caption = useCaption();
  const [whole, setWhole] = useState(true);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(() => new Set(replay ? [replay.state.phase] : []));
  // The 2D board is filmed as it shows, always from above: there is no view to choose.
  const onBoard = useResonans((state) => state.board === 'flat' || state.room3dUnavailable !== null);
  const [view, setView] = useState<'room' | 'top'>(() => (store.getState().viewMode === 'top' ? 'top' : 'room'));
  const [speed, setSpeed] = useState<number>(8);
  const [size, setSize] = useState(0);
  const [captionChoice, setCaptionChoice] = useState(DEFAULT_CAPTION);
  const [progress, setProgress] = useState<{ readonly done: number; readonly frames: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const working = useRef<AbortController | null>(null);
  // Leaving the replay while a video is made stops it: the room it films is going away.
  useEffect(() => () => working.current?.abort(), []);
  const id = useId();
  if (!replay) return null;
  const index = replay.index;
  const starts = phaseStarts(index).filter((start) => names[start.phase] !== undefined);
  const stretches: Stretch[] = whole || starts.length === 0 ? [{ fromMs: 0, toMs: index.durationMs }] : phaseStretches(index.phases, index.durationMs, chosen);

  const cancel = () => {
    if (working.current) working.current.abort();
    else onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (stretches.length === 0) return setProblem(t('picture.noPhaseChosen'));
    const capture = roomCapture();
    if (!capture) return setProblem(t('picture.noRoom'));
    const controller = new AbortController();
    working.current = controller;
    setProblem(null);
    setProgress({ done: 0, frames: 1 });
    const dimensions = VIDEO_SIZES[size] ?? VIDEO_SIZES[0];
    const request = {
      ...dimensions,
      view: { widthPx: Math.round((VIDEO_VIEW_HEIGHT_PX * dimensions.widthPx) / dimensions.heightPx), heightPx: VIDEO_VIEW_HEIGHT_PX },
    };
    const restore = { t: playback.time(), viewMode: store.getState().viewMode };
    playback.pause();
    try {
      const [{ makeVideo, NoVideoEncoder }] = await Promise.all([
        import('../../export/video/makeVideo'),
        showReplayMoment(() => store.getState().setViewMode(view)),
      ]);
      const made = await makeVideo({
        capture,
        request,
        times: frameTimes(stretches, speed),
        showMoment: (at) => showReplayMoment(() => playback.seek(at)),
        changed: (from, to) => roomChangedBetween(index, from, to, RELEASE_FADE_MS),
        caption: (at) => caption({ ...captionChoice, shown: true }, { phase: valueAt(index.phases, at) ?? 0, sessionTimeMs: at }),
        onProgress: (done, frames) => setProgress({ done, frames }),
        signal: controller.signal,
      }).catch((error: unknown) => {
        throw error instanceof NoVideoEncoder ? new Error(t('picture.noVideoEncoder')) : error;
      });
      if (made) {
        downloadBlob(mediaFileName('video', session?.id ?? '', now(), made.extension), made.blob);
        onClose();
      } else {
        setProgress(null);
      }
    } catch (error) {
      setProblem(t('picture.videoFailed', { reason: describeError(error) }));
      setProgress(null);
    } finally {
      working.current = null;
      store.getState().setViewMode(restore.viewMode);
      playback.seek(restore.t);
    }
  };

  const busy = progress !== null;
  return (
    <ModalDialog title={t('picture.videoTitle')} onCancel={cancel} wide>
      <form onSubmit={(event) => void submit(event)} noValidate className="save-video">
        <p className="hint">{t('picture.videoIntro')}</p>
        <fieldset disabled={busy}>
          <legend>{t('picture.range')}</legend>
          <label className="radio block">
            <input type="radio" name={`${id}-range`} checked={whole} onChange={() => setWhole(true)} />
            <span>{t('picture.rangeWhole')}</span>
          </label>
          {starts.length > 0 && (
            <label className="radio block">
              <input type="radio" name={`${id}-range`} checked={!whole} onChange={() => setWhole(false)} />
              <span>{t('picture.rangePhases')}</span>
            </label>
          )}
          {!whole && (
            <div className="indented">
              {starts.map((start) => (
                <label key={start.phase} className="radio block">
                  <input
                    type="checkbox"
                    checked={chosen.has(start.phase)}
                    onChange={(event) => {
                      const next = new Set(chosen);
                      if (event.target.checked) next.add(start.phase);
                      else next.delete(start.phase);
                      setChosen(next);
                    }}
                  />
                  <span>{names[start.phase]}</span>
                </label>
              ))}
            </div>
          )}
        </fieldset>
        {!onBoard && (
          <fieldset disabled={busy}>
            <legend>{t('picture.view')}</legend>
            {(['room', 'top'] as const).map((mode) => (
              <label key={mode} className="radio block">
                <input type="radio" name={`${id}-view`} checked={view === mode} onChange={() => setView(mode)} />
                <span>{t(mode === 'room' ? 'picture.viewRoom' : 'picture.viewTop')}</span>
              </label>
            ))}
          </fieldset>
        )}
        <div className="export-choices">
          <label htmlFor={`${id}-speed`}>{t('picture.speed')}</label>
          <select id={`${id}-speed`} value={speed} disabled={busy} onChange={(event) => setSpeed(Number(event.target.value))}>
            {VIDEO_SPEEDS.map((each) => (
              <option key={each} value={each}>
                {t('replay.speedOption', { speed: each })}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-size`}>{t('picture.size')}</label>
          <select id={`${id}-size`} value={size} disabled={busy} onChange={(event) => setSize(Number(event.target.value))}>
            {VIDEO_SIZES.map((each, i) => (
              <option key={each.widthPx} value={i}>
                {t('picture.sizeOption', { width: each.widthPx, height: each.heightPx })}
              </option>
            ))}
          </select>
        </div>
        <CaptionOptions value={captionChoice} onChange={setCaptionChoice} always disabled={busy} />
        <p className="hint">{t('picture.videoLength', { length: durationText(videoLengthMs(stretches, speed)) })}</p>
        {progress && <progress max={progress.frames} value={progress.done} aria-label={t('picture.videoProgress')} />}
        <DialogOutcome
          problem={problem}
          busy={busy}
          busyText={t('picture.makingVideo', { percent: progress ? Math.floor((100 * progress.done) / progress.frames) : 0 })}
        />
        <DialogActions onCancel={cancel} submitLabel={t('picture.save')} busy={busy} />
      </form>
    </ModalDialog>
  );
}
