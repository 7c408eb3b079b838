import { useTranslation } from 'react-i18next';
import { useResonans } from '../../store/StoreContext';
import type { CaptionChoice } from './useCaption';

interface CaptionOptionsProps {
  readonly value: CaptionChoice;
  readonly onChange: (choice: CaptionChoice) => void;
  /** A video always shows the phase and the session time: only pseudonym and date are a choice. */
  readonly always?: boolean;
  /** While a file is being made its options stay as they are. */
  readonly disabled?: boolean;
}

/** Whether a caption is drawn, and with the pseudonym and the date or without. */
export function CaptionOptions({ value, onChange, always = false, disabled = false }: CaptionOptionsProps) {
  const { t } = useTranslation();
  const covert = useResonans((state) => state.covert);
  return (
    <fieldset disabled={disabled}>
      <legend>{t('picture.caption')}</legend>
      {!always && (
        <label className="radio block">
          <input type="checkbox" checked={value.shown} onChange={(event) => onChange({ ...value, shown: event.target.checked })} />
          <span>{t('picture.caption')}</span>
        </label>
      )}
      {(value.shown || always) && (
        <div className={always ? undefined : 'indented'}>
          <label className="radio block">
            <input
              type="checkbox"
              checked={value.pseudonym && !covert}
              disabled={covert}
              onChange={(event) => onChange({ ...value, pseudonym: event.target.checked })}
            />
            <span>{t('picture.captionPseudonym')}</span>
          </label>
          <label className="radio block">
            <input type="checkbox" checked={value.date} onChange={(event) => onChange({ ...value, date: event.target.checked })} />
            <span>{t('picture.captionDate')}</span>
          </label>
          <p className="hint">{t('picture.captionAlways')}</p>
        </div>
      )}
      {covert && <p className="hint">{t('picture.covertNote')}</p>}
    </fieldset>
  );
}

export const DEFAULT_CAPTION: CaptionChoice = { shown: true, pseudonym: true, date: true };
