import { type PointerEvent as ReactPointerEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figure } from '../../domain/model/figure';
import type { FigureId } from '../../domain/model/ids';
import { useShownName, useShownOrder } from '../../i18n/useShownLabel';
import { useResonans, useResonansStore } from '../../store/StoreContext';
import { useResonanceFigure } from '../method/useMethodView';
import { moveItem, reconcileOrder } from './reorder';
import { useKeptText } from './useKeptText';

/**
 * IoPT phase 6: the client sets the order in which the figures share, and what each said is
 * written down in that order. Reordering works by dragging the handle, or by the buttons.
 */
export function SharingOrder() {
  const { t } = useTranslation();
  const store = useResonansStore();
  const room = useResonans((state) => state.room);
  const chosen = useResonans((state) => state.progress.sharingOrder);
  const headingId = useId();
  const list = useRef<HTMLOListElement>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  // Covert: until the client chooses, elements follow their numbers, not the words of the intention.
  const sharers = useShownOrder(room.order).filter((id) => {
    const figure = room.figures[id];
    return figure && figure.kind !== 'client' && !figure.released;
  });
  const order = reconcileOrder(chosen, sharers);
  const setOrder = (next: readonly FigureId[]) => store.getState().setSharingOrder(next);

  const startDrag = (event: ReactPointerEvent, index: number) => {
    event.preventDefault();
    setDragging(index);
    const items = () => [...(list.current?.querySelectorAll<HTMLElement>(':scope > li') ?? [])];
    const targetIndex = (clientY: number) => {
      const found = items().findIndex((item) => clientY < item.getBoundingClientRect().top + item.getBoundingClientRect().height / 2);
      return found < 0 ? items().length - 1 : found;
    };
    const onUp = (up: PointerEvent) => {
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
      setDragging(null);
      const to = targetIndex(up.clientY);
      if (to !== index) setOrder(moveItem(order, index, to));
    };
    const onCancel = () => {
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
      setDragging(null);
    };
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onCancel);
  };

  return (
    <section className="panel sharing" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sharing.heading')}</h2>
      <p className="hint">{t('sharing.hint')}</p>
      <ol ref={list} className="sharing-list" aria-labelledby={headingId}>
        {order.map((id, index) => {
          const figure = room.figures[id];
          if (!figure) return null;
          return (
            <SharingEntry
              key={id}
              figure={figure}
              position={index + 1}
              dragging={dragging === index}
              onGrab={(event) => startDrag(event, index)}
              onUp={index > 0 ? () => setOrder(moveItem(order, index, index - 1)) : undefined}
              onDown={index < order.length - 1 ? () => setOrder(moveItem(order, index, index + 1)) : undefined}
            />
          );
        })}
      </ol>
    </section>
  );
}

interface SharingEntryProps {
  readonly figure: Figure;
  readonly position: number;
  readonly dragging: boolean;
  readonly onGrab: (event: ReactPointerEvent) => void;
  readonly onUp: (() => void) | undefined;
  readonly onDown: (() => void) | undefined;
}

function SharingEntry({ figure, position, dragging, onGrab, onUp, onDown }: SharingEntryProps) {
  const { t } = useTranslation();
  const store = useResonansStore();
  const saved = useResonans((state) => state.progress.statements[figure.id] ?? '');
  const { text, change, leave } = useKeptText(saved, 'statements', figure.id, (typed) => store.getState().setStatement(figure.id, typed));
  const statementId = useId();
  const name = useShownName()(figure);
  // In one-to-one work the client speaks from the figure in resonance: the statement is theirs.
  const fromClient = useResonanceFigure() === figure.id;
  return (
    <li className={dragging ? 'sharing-entry dragging' : 'sharing-entry'}>
      <div className="sharing-head">
        <span className="drag-handle" aria-hidden="true" onPointerDown={onGrab} />
        <span className="sharing-name">{t('sharing.position', { position, figure: name })}</span>
        <button type="button" className="small" onClick={onUp} disabled={!onUp} aria-label={t('sharing.moveUp', { figure: name })}>
          {t('sharing.up')}
        </button>
        <button type="button" className="small" onClick={onDown} disabled={!onDown} aria-label={t('sharing.moveDown', { figure: name })}>
          {t('sharing.down')}
        </button>
      </div>
      <label htmlFor={statementId}>{fromClient ? t('method.statementFromClient', { figure: name }) : t('sharing.statement', { figure: name })}</label>
      <textarea id={statementId} rows={2} maxLength={10_000} value={text} onChange={(event) => change(event.target.value)} onBlur={leave} />
    </li>
  );
}
