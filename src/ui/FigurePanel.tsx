import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIGURE_COLOURS, FIGURE_SIZES, type Figure, type FigureSize } from '../domain/model/figure';
import { POSTURES } from '../domain/model/pose';
import { FIGURE_COLOUR_HEX } from '../domain/model/palette';
import { useResonans, useResonansStore } from '../store/StoreContext';
import { useShownLabel } from '../i18n/useShownLabel';
import { FigureMethodChoices } from './method/FigureMethodChoices';
import { RadioChoices } from './RadioChoices';

/** Rename, recolour, resize (persons), mark as deceased or remove the selected figure. */
export function FigurePanel() {
  const { t } = useTranslation();
  const figure = useResonans((state) => (state.selectedFigureId ? state.room.figures[state.selectedFigureId] : undefined));
  const headingId = useId();
  return (
    <section className="panel figure-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('figurePanel.heading')}</h2>
      {figure ? <FigureEditor key={figure.id} figure={figure} /> : <p className="hint">{t('figurePanel.none')}</p>}
    </section>
  );
}

function FigureEditor({ figure }: { figure: Figure }) {
  const { t } = useTranslation();
  const store = useResonansStore();
  const nameId = useId();
  const deceasedHintId = useId();
  const shownName = useShownLabel(figure.id);
  // In covert mode the name field would spell out the element's word.
  const covert = useResonans((state) => state.covert) && figure.kind === 'element';
  const [name, setName] = useState(figure.label);
  // An undo or a rename elsewhere shows in the field.
  useEffect(() => setName(figure.label), [figure.label]);

  const rename = (event: FormEvent) => {
    event.preventDefault();
    store.getState().renameFigure(figure.id, name);
  };

  return (
    <div className="figure-editor">
      <p className="figure-kind">{useKindText(figure)}</p>
      {covert ? (
        <p className="hint">{t('figureKinds.covertName', { name: shownName })}</p>
      ) : (
        <form className="rename" onSubmit={rename}>
          <label htmlFor={nameId}>{t('figurePanel.name')}</label>
          <div className="inline">
            <input id={nameId} type="text" value={name} maxLength={60} onChange={(event) => setName(event.target.value)} />
            <button type="submit">{t('figurePanel.rename')}</button>
          </div>
        </form>
      )}
      <fieldset className="colours">
        <legend>{t('figurePanel.colour')}</legend>
        <div className="swatches">
          {FIGURE_COLOURS.map((colour) => (
            <label key={colour} className="swatch-choice" title={t(`colours.${colour}`)}>
              <input
                type="radio"
                name={`colour-${figure.id}`}
                value={colour}
                checked={figure.colour === colour}
                onChange={() => store.getState().recolourFigure(figure.id, colour)}
                aria-label={t(`colours.${colour}`)}
              />
              <span className="swatch large" style={{ background: FIGURE_COLOUR_HEX[colour] }} aria-hidden="true" />
            </label>
          ))}
        </div>
      </fieldset>
      <RadioChoices
        className="inline-choices postures"
        legend={t('figurePanel.posture')}
        name={`posture-${figure.id}`}
        options={POSTURES}
        value={figure.pose.posture}
        onChange={(posture) => store.getState().setPosture(figure.id, posture)}
        optionText={(posture) => t(`figurePanel.postures.${posture}`)}
      />
      {figure.kind === 'person' && (
        <RadioChoices
          className="inline-choices sizes"
          legend={t('figureKinds.size')}
          name={`size-${figure.id}`}
          options={FIGURE_SIZES}
          value={figure.size}
          onChange={(size) => store.getState().resizeFigure(figure.id, size)}
          optionText={(size) => t(`figure.sizes.${size}`)}
        />
      )}
      <label className="radio deceased">
        <input
          type="checkbox"
          checked={figure.deceased ?? false}
          aria-describedby={deceasedHintId}
          onChange={(event) => store.getState().setDeceased(figure.id, event.target.checked)}
        />
        <span>{t('figureKinds.deceased')}</span>
      </label>
      <p id={deceasedHintId} className="hint">
        {t('figureKinds.deceasedHint')}
      </p>
      <FigureMethodChoices figure={figure} />
      <button type="button" className="quiet-danger" onClick={() => store.getState().removeFigure(figure.id)}>
        {t('figurePanel.remove')}
      </button>
    </div>
  );
}

/** Every figure but a person is an adult; naming it each time said nothing. */
const USUAL_SIZE: FigureSize = 'adult';

/** The kind as a therapist names it; the size only when it is not the usual adult. */
function useKindText(figure: Figure): string {
  const { t } = useTranslation();
  const kind = t(`practice.kindName.${figure.kind}`);
  if (figure.size === USUAL_SIZE) return figure.deceased ? t('practice.kindDeceased', { kind }) : kind;
  const size = t(`figure.sizes.${figure.size}`);
  return t(figure.deceased ? 'figureKinds.kindSizeDeceased' : 'figurePanel.kindAndSize', { kind, size });
}
