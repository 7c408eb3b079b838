import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KEEP_NOTHING, type SupervisionDating, type SupervisionKeep } from '../../domain/format/supervisionCopy';
import { DialogActions } from '../DialogActions';
import { DialogOutcome } from '../DialogOutcome';
import { ModalDialog } from '../ModalDialog';
import { NO_PROTECTION, passphraseOf, type Protection, ProtectionFields, protectionProblem } from './ProtectionFields';
import { SupervisionOptions } from './SupervisionOptions';

export { MIN_PASSPHRASE_LENGTH } from './ProtectionFields';

export interface ExportChoice {
  readonly supervision: null | { readonly keep: SupervisionKeep; readonly dating: SupervisionDating };
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
  const [keep, setKeep] = useState<SupervisionKeep>(KEEP_NOTHING);
  const [dating, setDating] = useState<SupervisionDating>('session-number');
  const [protection, setProtection] = useState<Protection>(NO_PROTECTION);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wrong = protectionProblem(protection);
    if (wrong) return setProblem(t(wrong));
    onExport({ supervision: supervision ? { keep, dating } : null, passphrase: passphraseOf(protection) });
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
          {supervision && <SupervisionOptions keep={keep} dating={dating} onKeep={setKeep} onDating={setDating} />}
        </fieldset>
        <ProtectionFields value={protection} onChange={setProtection} />
        <DialogOutcome problem={problem} busy={busy} busyText={t('files.working')} />
        <DialogActions onCancel={onCancel} submitLabel={t('files.save')} busy={busy} />
      </form>
    </ModalDialog>
  );
}
