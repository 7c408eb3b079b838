import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanLabel, type FigureSize, MAX_LABEL_LENGTH } from '../domain/model/figure';
import { useResonansStore } from '../store/StoreContext';
import './practice/practice.css';

/**
 * Adds a person (adult, child or baby) or a free element, with the role or name typed above the
 * buttons (a family is named as the client tells it), or else numbered so each has its own name.
 */
export function AddFigurePanel() {
  const { t } = useTranslation();
  const store = useResonansStore();
  const headingId = useId();
  const nameId = useId();
  const [name, setName] = useState('');
  const add = (kind: 'person' | 'free', size: FigureSize) => {
    const figures = Object.values(store.getState().room.figures);
    const number = figures.filter((figure) => figure.kind === kind).length + 1;
    store.getState().addFigure(kind, size, cleanLabel(name) || t(kind === 'person' ? 'figure.person' : 'figure.free', { number }));
    setName('');
  };
  return (
    <section className="panel add-figure" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('figurePanel.add')}</h2>
      <div className="field compact add-figure-name">
        <label htmlFor={nameId}>{t('practice.nameToAdd')}</label>
        <input id={nameId} type="text" autoComplete="off" maxLength={MAX_LABEL_LENGTH} value={name} onChange={(event) => setName(event.target.value)} />
      </div>
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
