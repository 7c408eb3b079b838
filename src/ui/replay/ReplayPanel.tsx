import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useResonans } from '../../store/StoreContext';
import { usePhaseNames } from '../session/usePhaseNames';
import { useArousalText } from '../session/useArousalText';

/** What was written and marked up to the playhead: notes, statements in sharing order, expressions, arousal. */
export function ReplayPanel() {
  const { t } = useTranslation();
  const state = useResonans((s) => s.replay?.state);
  const template = useResonans((s) => s.session?.template);
  const names = usePhaseNames(template);
  const arousalText = useArousalText();
  const headingId = useId();
  if (!state) return null;
  const label = (id: string) => state.room.figures[id as keyof typeof state.room.figures]?.label ?? '';
  const statementOrder = [...state.sharingOrder, ...[...state.statements.keys()].filter((id) => !state.sharingOrder.includes(id))];
  return (
    <section className="panel replay-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('replay.notes')}</h2>
      <p className="hint">{t('replay.readOnly')}</p>
      {state.notes.size === 0 && state.statements.size === 0 && <p className="hint">{t('replay.nothingYet')}</p>}
      {[...state.notes.entries()].map(([phase, text]) => (
        <div key={phase} className="replay-note">
          <h3>{t('replay.noteOf', { phase: names[phase] ?? String(phase + 1) })}</h3>
          <p>{text}</p>
        </div>
      ))}
      {state.statements.size > 0 && (
        <>
          <h3>{t('replay.statements')}</h3>
          <ol className="statements">
            {statementOrder.map((id) => {
              const text = state.statements.get(id);
              return text ? (
                <li key={id}>
                  <strong>{label(id)}</strong> {text}
                </li>
              ) : null;
            })}
          </ol>
        </>
      )}
      <h3>{t('replay.expressions')}</h3>
      <ul className="expressions" aria-live="polite">
        {state.recentExpressions.map((expression) => (
          <li key={`${expression.t}-${expression.figureId}-${expression.kind}`}>
            {expression.text
              ? t('replay.expressionWithText', { figure: label(expression.figureId), kind: t(`expression.kinds.${expression.kind}`), text: expression.text })
              : t('replay.expressionText', { figure: label(expression.figureId), kind: t(`expression.kinds.${expression.kind}`) })}
          </li>
        ))}
      </ul>
      <p className="hint">{state.arousal ? t('arousal.current', { mark: arousalText(state.arousal) }) : t('arousal.none')}</p>
    </section>
  );
}
