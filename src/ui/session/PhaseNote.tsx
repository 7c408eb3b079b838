import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useResonans, useResonansStore } from '../../store/StoreContext';
import { useNotePrompt } from '../method/useNotePrompt';
import { useKeptText } from './useKeptText';

/** A note for the current phase, kept at every key and recorded when typing pauses or the field is left. */
export function PhaseNote() {
  const { t } = useTranslation();
  const store = useResonansStore();
  const phase = useResonans((state) => state.progress.phase);
  const saved = useResonans((state) => state.progress.notes[phase] ?? '');
  const { text, change, leave } = useKeptText(saved, 'notes', String(phase), (typed) => store.getState().setNote(phase, typed));
  const id = useId();
  const prompt = useNotePrompt();
  return (
    <div className="field compact">
      <label htmlFor={id}>{t('note.label')}</label>
      <textarea
        id={id}
        rows={3}
        maxLength={10_000}
        value={text}
        placeholder={prompt}
        onChange={(event) => change(event.target.value)}
        onBlur={leave}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="hint">
        {t('keeping.noteHint')}
      </p>
    </div>
  );
}
