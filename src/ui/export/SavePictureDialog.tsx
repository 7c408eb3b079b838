import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, useServices } from '../../app/services';
import { downloadBlob } from '../../app/library/download';
import { mediaFileName } from '../../export/picture/fileName';
import { roomCapture } from '../../scene/capture/captureSlot';
import { useResonans } from '../../store/StoreContext';
import { DialogActions } from '../DialogActions';
import { DialogOutcome } from '../DialogOutcome';
import { ModalDialog } from '../ModalDialog';
import './export.css';
import { CaptionOptions, DEFAULT_CAPTION } from './CaptionOptions';
import { useCaption, useMomentNow } from './useCaption';

/** Widths offered, up to 4K; the height follows the room's shape on screen. */
export const PICTURE_WIDTHS_PX = [1280, 1920, 2560, 3840] as const;

/** "Save picture": a PNG of what the room shows now, at a chosen size, with a caption or without. */
export function SavePictureDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { now } = useServices();
  const sessionId = useResonans((state) => state.session?.id ?? '');
  const caption = useCaption();
  const momentNow = useMomentNow();
  const [widthPx, setWidthPx] = useState<number>(1920);
  const [choice, setChoice] = useState(DEFAULT_CAPTION);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const sizeId = useId();
  // The room's shape now; the dialog does not resize the room, so it holds while the dialog is open.
  const [view] = useState(() => roomCapture()?.viewSize() ?? null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const capture = roomCapture();
    if (!capture) return setProblem(t('picture.noRoom'));
    setBusy(true);
    setProblem(null);
    try {
      const { makePicture } = await import('../../export/picture/makePicture');
      const blob = await makePicture(capture, widthPx, caption(choice, momentNow()));
      downloadBlob(mediaFileName('picture', sessionId, now(), 'png'), blob);
      onClose();
    } catch (error) {
      setProblem(t('picture.pictureFailed', { reason: describeError(error) }));
      setBusy(false);
    }
  };

  return (
    <ModalDialog title={t('picture.pictureTitle')} onCancel={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate className="save-picture">
        <p className="hint">{t('picture.pictureIntro')}</p>
        {view === null && (
          <p role="alert" className="error">
            {t('picture.noRoom')}
          </p>
        )}
        <label htmlFor={sizeId}>{t('picture.size')}</label>
        <select id={sizeId} value={widthPx} onChange={(event) => setWidthPx(Number(event.target.value))}>
          {PICTURE_WIDTHS_PX.map((width) => (
            <option key={width} value={width}>
              {t('picture.sizeOption', { width, height: view ? Math.round((width * view.heightPx) / view.widthPx) : '…' })}
            </option>
          ))}
        </select>
        <CaptionOptions value={choice} onChange={setChoice} />
        <DialogOutcome problem={problem} busy={busy} busyText={t('picture.makingPicture')} />
        <DialogActions onCancel={onClose} submitLabel={t('picture.save')} busy={busy || view === null} />
      </form>
    </ModalDialog>
  );
}
