import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogActions } from '../DialogActions';
import { ModalDialog } from '../ModalDialog';

export const MIN_PASSPHRASE_LENGTH = 8;

export interface ExportChoice {
  readonly supervision: null | { readonly omitTexts: boolean; readonly maskIntention: boolean };
  /** Empty when the file is not protected. */
  readonly passphrase: string;
}

interface ExportDialogProps {
  readonly client: string;
  readonly busy: boolean;
  readonly onExport: (choice: ExportChoice) => void;
  readonly onCancel: () => void;
}

/** What to export and how: the whole session or a supervision copy, with or without a passphrase. */
export function ExportDialog({ client, busy, onExport, onCancel }: ExportDialogProps) {
  const { t } = useTranslation();
  const [supervision, setSupervision] = useState(false);
  const [omitTexts, setOmitTexts] = useState(true);
  const [maskIntention, setMaskIntention] = useState(false);
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (protect && passphrase.length < MIN_PASSPHRASE_LENGTH) return setProblem(t('files.passphraseTooShort'));
    if (protect && passphrase !== repeat) return setProblem(t('files.passphraseMismatch'));
    onExport({ supervision: supervision ? { omitTexts, maskIntention } : null, passphrase: protect ? passphrase : '' });
  };
  return (
    <ModalDialog title={t('files.exportTitle', { client })} onCancel={onCancel} wide>
      <form onSubmit={submit} noValidate>
        <p className="hint">{t('files.exportIntro')}</p>
        <fieldset>
          <legend>{t('files.kind')}</legend>
          <label className="radio block">
            <input type="radio" name={`${id}-kind`} checked={!supervision} onChange={() => setSupervision(false)} />
            <span>{t('files.kindFull')}</span>
          </label>
          <label className="radio block">
            <input type="radio" name={`${id}-kind`} checked={supervision} onChange={() => setSupervision(true)} />
            <span>{t('files.kindSupervision')}</span>
          </label>
          {supervision && (
            <div className="indented">
              <label className="radio block">
                <input type="checkbox" checked={omitTexts} onChange={(event) => setOmitTexts(event.target.checked)} />
                <span>{t('files.omitTexts')}</span>
              </label>
              <label className="radio block">
                <input type="checkbox" checked={maskIntention} onChange={(event) => setMaskIntention(event.target.checked)} />
                <span>{t('files.maskIntention')}</span>
              </label>
            </div>
          )}
        </fieldset>
        <label className="radio block">
          <input type="checkbox" checked={protect} onChange={(event) => setProtect(event.target.checked)} />
          <span>{t('files.protect')}</span>
        </label>
        {protect && (
          <div className="indented">
            <label htmlFor={`${id}-pass`}>{t('files.passphrase')}</label>
            <input
              id={`${id}-pass`}
              type="password"
              autoComplete="new-password"
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
              aria-describedby={`${id}-hint`}
            />
            <label htmlFor={`${id}-repeat`}>{t('files.passphraseRepeat')}</label>
            <input id={`${id}-repeat`} type="password" autoComplete="new-password" value={repeat} onChange={(event) => setRepeat(event.target.value)} />
            <p id={`${id}-hint`} className="hint">
              {t('files.passphraseHint')}
            </p>
          </div>
        )}
        {problem && (
          <p role="alert" className="error">
            {problem}
          </p>
        )}
        {busy && <p role="status">{t('files.working')}</p>}
        <DialogActions onCancel={onCancel} submitLabel={t('files.save')} busy={busy} />
      </form>
    </ModalDialog>
  );
}
