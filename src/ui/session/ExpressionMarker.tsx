import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPRESSION_KINDS, type ExpressionKind } from '../../domain/recording/events';
import { useResonans, useResonansStore } from '../../store/StoreContext';
import { useSpeakerName } from '../method/useMethodView';

/** Marks what the selected figure expressed (a sound, a movement, an emotion) at this moment. */
export function ExpressionMarker() {
  const { t } = useTranslation();
  const store = useResonansStore();
  const figure = useResonans((state) => (state.selectedFigureId ? state.room.figures[state.selectedFigureId] : undefined));
  const [kind, setKind] = useState<ExpressionKind>('movement');
  const [text, setText] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const headingId = useId();
  const textId = useId();
  // In one-to-one work, what is expressed from a figure in resonance is the client's.
  const speakerName = useSpeakerName();
  if (!figure || figure.released) {
    return (
      <section className="panel" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('expression.heading')}</h2>
        <p className="hint">{t('expression.selectFirst')}</p>
      </section>
    );
  }
  const mark = () => {
    store.getState().markExpression(figure.id, kind, text);
    setConfirmation(t('expression.marked', { kind: t(`expression.kinds.${kind}`), figure: speakerName(figure) }));
    setText('');
  };
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('expression.heading')}</h2>
      <p className="hint">{t('expression.forFigure', { figure: speakerName(figure) })}</p>
      <fieldset className="inline-choices">
        <legend>{t('expression.kind')}</legend>
        {EXPRESSION_KINDS.map((option) => (
          <label key={option} className="radio">
            <input type="radio" name={`expression-${headingId}`} checked={kind === option} onChange={() => setKind(option)} />
            <span>{t(`expression.kinds.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      <label htmlFor={textId}>{t('expression.text')}</label>
      <input id={textId} type="text" value={text} maxLength={500} onChange={(event) => setText(event.target.value)} />
      <button type="button" onClick={mark}>
        {t('expression.mark')}
      </button>
      <p role="status" className="hint">
        {confirmation}
      </p>
    </section>
  );
}
