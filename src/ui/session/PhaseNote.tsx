import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useResonans, useResonansStore } from '../../store/StoreContext';

/** A note for the current phase. It is recorded when the field is left, not at every key. */
export function PhaseNote() {
  const { t } = useTranslation();
  const store = useResonansStore();
  const phase = useResonans((state) => state.progress.phase);
  const saved = useResonans((state) => state.progress.notes[phase] ?? '');
  const [text, setText] = useState(saved);
  const id = useId();
  useEffect(() => setText(saved), [saved, phase]);
  return (
    <div className="field compact">
      <label htmlFor={id}>{t('note.label')}</label>
      <textarea
        id={id}
        rows={3}
        maxLength={10_000}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => store.getState().setNote(phase, text)}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="hint">
        {t('note.hint')}
      </p>
    </div>
  );
}
