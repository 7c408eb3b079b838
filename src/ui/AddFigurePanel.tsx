import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureSize } from '../domain/model/figure';
import { useResonansStore } from '../store/StoreContext';

/** Adds a person (adult, child or baby) or a free element, numbered so each has its own name. */
export function AddFigurePanel() {
  const { t } = useTranslation();
  const store = useResonansStore();
  const headingId = useId();
  const add = (kind: 'person' | 'free', size: FigureSize) => {
    const figures = Object.values(store.getState().room.figures);
    const number = figures.filter((figure) => figure.kind === kind).length + 1;
    store.getState().addFigure(kind, size, t(kind === 'person' ? 'figure.person' : 'figure.free', { number }));
  };
  return (
    <section className="panel add-figure" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('figurePanel.add')}</h2>
      <div className="button-row">
        <button type="button" onClick={() => add('person', 'adult')}>
          {t('figurePanel.addAdult')}
        </button>
        <button type="button" onClick={() => add('person', 'child')}>
          {t('figurePanel.addChild')}
        </button>
        <button type="button" onClick={() => add('person', 'baby')}>
          {t('figureKinds.addBaby')}
        </button>
        <button type="button" onClick={() => add('free', 'adult')}>
          {t('figurePanel.addFree')}
        </button>
      </div>
    </section>
  );
}
