import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type ElementChoice, elementText } from '../domain/model/intentionWords';

interface ElementPickerProps {
  readonly choices: readonly ElementChoice[];
  readonly onToggle: (index: number, chosen: boolean) => void;
  readonly onJoin: (index: number) => void;
  readonly onSplit: (index: number) => void;
  /** Start the session covertly (IoPT): offered when given. */
  readonly covert?: boolean;
  readonly onCovertChange?: (covert: boolean) => void;
}

/** One checkbox per proposed element; a small button between neighbours joins them; and whether to start covertly. */
export function ElementPicker({ choices, onToggle, onJoin, onSplit, covert, onCovertChange }: ElementPickerProps) {
  const { t } = useTranslation();
  const covertHintId = useId();
  return (
    <>
      <fieldset className="element-picker">
        <legend>{t('newSession.elements')}</legend>
        <p className="hint">{t('newSession.elementsHint')}</p>
        {choices.length === 0 && <p className="quiet">{t('newSession.elementsEmpty')}</p>}
        {/* Nothing is chosen for the client; say what starting now would give, so it is no surprise. */}
        {choices.length > 0 && !choices.some((choice) => choice.chosen) && <p className="quiet">{t('practice.noneChosen')}</p>}
        <ol className="element-choices">
          {choices.map((choice, index) => {
            const text = elementText(choice);
            const next = choices[index + 1];
            return (
              // Elements are identified by position: joining and splitting reorder nothing.
              <li key={`${index}:${text}`} className="element-choice">
                <label className="element-word">
                  <input type="checkbox" checked={choice.chosen} onChange={(event) => onToggle(index, event.target.checked)} />
                  <span>{text}</span>
                </label>
                {choice.words.length > 1 && (
                  <button type="button" className="small" onClick={() => onSplit(index)}>
                    {t('newSession.split', { element: text })}
                  </button>
                )}
                {next && (
                  <button
                    type="button"
                    className="small join"
                    onClick={() => onJoin(index)}
                    aria-label={t('newSession.join', { first: text, second: elementText(next) })}
                  >
                    {t('newSession.joinShort')}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      </fieldset>
      {onCovertChange && (
        <div className="field covert-start">
          <label className="radio">
            <input type="checkbox" checked={covert ?? false} aria-describedby={covertHintId} onChange={(event) => onCovertChange(event.target.checked)} />
            <span>{t('figureKinds.startCovert')}</span>
          </label>
          <p id={covertHintId} className="hint">
            {t('figureKinds.startCovertHint')}
          </p>
        </div>
      )}
    </>
  );
}
