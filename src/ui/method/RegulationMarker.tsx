import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGULATION_KINDS } from '../../domain/recording/events';
import { isFrozen } from '../../store/selectors';
import { useResonans, useResonansStore } from '../../store/StoreContext';
import { durationText } from '../durationText';

/** RTT: one tap records the regulation used now (breathing, orientation, a named exercise, touch by agreement). */
export function RegulationMarker() {
  const { t } = useTranslation();
  const store = useResonansStore();
  const frozen = useResonans(isFrozen);
  const [text, setText] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const headingId = useId();
  const textId = useId();
  const hintId = useId();
  const mark = (kind: (typeof REGULATION_KINDS)[number]) => {
    const state = store.getState();
    const before = state.recordedCount;
    state.markRegulation(kind, text);
    const after = store.getState();
    const recorded = after.recording?.events[after.recordedCount - 1];
    if (after.recordedCount === before || !recorded) return;
    setConfirmation(t('method.regulationMarked', { regulation: t(`method.regulations.${kind}`), time: durationText(recorded.t) }));
    setText('');
  };
  return (
    <section className="panel regulation-marker" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('method.regulationHeading')}</h2>
      <label htmlFor={textId}>{t('method.regulationText')}</label>
      <input id={textId} type="text" maxLength={500} value={text} disabled={frozen} onChange={(event) => setText(event.target.value)} />
      <div className="method-choices" role="group" aria-labelledby={headingId} aria-describedby={hintId}>
        {REGULATION_KINDS.map((kind) => (
          <button key={kind} type="button" disabled={frozen} onClick={() => mark(kind)}>
            {t(`method.regulations.${kind}`)}
          </button>
        ))}
      </div>
      <p id={hintId} className="hint">
        {t('method.regulationHint')}
      </p>
      <p className="hint" role="status">
        {confirmation}
      </p>
    </section>
  );
}
