import { useTranslation } from 'react-i18next';
import { useResonans } from '../../store/StoreContext';
import type { CaptionChoice } from './useCaption';

/** Whether a caption is drawn, and with the pseudonym and the date or without. */
export function CaptionOptions({ value, onChange }: { value: CaptionChoice; onChange: (choice: CaptionChoice) => void }) {
  const { t } = useTranslation();
  const covert = useResonans((state) => state.covert);
  return (
    <fieldset>
      <legend>{t('picture.caption')}</legend>
      <label className="radio block">
        <input type="checkbox" checked={value.shown} onChange={(event) => onChange({ ...value, shown: event.target.checked })} />
        <span>{t('picture.caption')}</span>
      </label>
      {value.shown && (
        <div className="indented">
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
