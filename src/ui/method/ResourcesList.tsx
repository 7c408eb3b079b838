import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_RESOURCES } from '../../domain/format/recordingSchema';
import { isFrozen } from '../../store/selectors';
import { useResonans, useResonansStore } from '../../store/StoreContext';

/** RTT closing: a short list of the resources given to use between sessions. */
export function ResourcesList() {
  const { t } = useTranslation();
  const store = useResonansStore();
  const items = useResonans((state) => state.progress.method.resources);
  const frozen = useResonans(isFrozen);
  const [text, setText] = useState('');
  const headingId = useId();
  const fieldId = useId();
  const add = (event: FormEvent) => {
    event.preventDefault();
    const item = text.trim();
    if (item === '' || items.length >= MAX_RESOURCES) return;
    store.getState().setResources([...items, item]);
    setText('');
  };
  return (
    <section className="panel resources" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('method.resourcesHeading')}</h2>
      {items.length === 0 ? (
        <p className="hint">{t('method.resourcesEmpty')}</p>
      ) : (
        <ul className="resource-list" aria-labelledby={headingId}>
          {items.map((item, i) => (
            <li key={`${i}-${item}`}>
              <span>{item}</span>
              {!frozen && (
                <button
                  type="button"
                  className="small"
                  aria-label={t('method.removeResource', { resource: item })}
                  onClick={() => store.getState().setResources(items.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!frozen && (
        <form className="resource-add" onSubmit={add}>
          <label htmlFor={fieldId}>{t('method.resourceLabel')}</label>
          <div className="inline">
            <input id={fieldId} type="text" maxLength={500} value={text} onChange={(event) => setText(event.target.value)} />
            <button type="submit">{t('method.addResource')}</button>
          </div>
        </form>
      )}
    </section>
  );
}
