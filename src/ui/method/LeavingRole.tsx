import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figure } from '../../domain/model/figure';
import { figuresInOrder } from '../../domain/model/roomState';
import { useShownName, useShownOrder } from '../../i18n/useShownLabel';
import { useResonans, useResonansStore } from '../../store/StoreContext';
import { useKeptText } from '../session/useKeptText';
import { leavingDraftKey } from '../../domain/method/leavingDraft';

/** IoPT phase 7: for each released resonator, an optional line of what it said to come out of the role. */
export function LeavingRole() {
  const { t } = useTranslation();
  const room = useResonans((state) => state.room);
  const order = useShownOrder(room.order);
  const headingId = useId();
  const released = figuresInOrder({ ...room, order }).filter((figure) => figure.released && figure.kind !== 'client');
  if (released.length === 0) return null;
  return (
    <section className="panel leaving-role" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('method.leavingHeading')}</h2>
      {released.map((figure) => (
        <LeavingWords key={figure.id} figure={figure} />
      ))}
    </section>
  );
}

function LeavingWords({ figure }: { figure: Figure }) {
  const { t } = useTranslation();
  const store = useResonansStore();
  const saved = useResonans((state) => state.progress.method.leavingRole[figure.id] ?? '');
  const { text, change, leave } = useKeptText(saved, 'statements', leavingDraftKey(figure.id), (typed) => store.getState().setLeavingRole(figure.id, typed));
  const id = useId();
  const name = useShownName()(figure);
  return (
    <div className="field compact">
      <label htmlFor={id}>{t('method.leavingLabel', { figure: name })}</label>
      <input id={id} type="text" maxLength={500} value={text} onChange={(event) => change(event.target.value)} onBlur={leave} />
    </div>
  );
}
