import './drawing.css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addStroke, DRAWING_COLOURS, type DrawingColour, emptyDrawing, STROKE_WIDTHS_PX, type Stroke, strokesWithIds } from '../../domain/drawing/drawing';
import { type DrawnIntention, keptElements, takenStrokeIds } from '../../domain/drawing/drawnElements';
import { applyGesture, type SelectingGesture } from '../../domain/drawing/selection';
import { MAX_LABEL_LENGTH } from '../../domain/model/figure';
import DrawingThumbnail from './DrawingThumbnail';
import { DrawingPad, type PadTool } from './DrawingPad';
import { INK_HEX, PAD_HEIGHT_PX, PAD_WIDTH_PX, WIDTH_NAMES } from './inks';
import { StrokeChoices } from './StrokeChoices';

interface DrawnIntentionStepProps {
  readonly value: DrawnIntention | null;
  readonly onChange: (next: DrawnIntention) => void;
}

/**
 * The client draws the intention, then takes elements from it: strokes chosen by tapping, by a
 * loop around them or by their checkboxes, named in the client's word if they wish. The drawing
 * itself is never changed by taking elements.
 */
export default function DrawnIntentionStep({ value, onChange }: DrawnIntentionStepProps) {
  const { t } = useTranslation();
  const ids = { hint: useId(), name: useId(), elements: useId() };
  const drawn = value ?? { drawing: emptyDrawing(PAD_WIDTH_PX, PAD_HEIGHT_PX), elements: [] };
  const { drawing, elements } = drawn;
  const [past, setPast] = useState<DrawnIntention['drawing'][]>([]);
  const [tool, setTool] = useState<PadTool>('draw');
  const [colour, setColour] = useState<DrawingColour>('charcoal');
  const [widthIndex, setWidthIndex] = useState(1);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [name, setName] = useState('');
  const taken = takenStrokeIds(elements);

  const changeDrawing = (next: DrawnIntention['drawing'], history: DrawnIntention['drawing'][]) => {
    setPast(history);
    const present = new Set(next.strokes.map((stroke) => stroke.id));
    setChosen((ids) => ids.filter((id) => present.has(id)));
    onChange({ drawing: next, elements: keptElements({ drawing: next, elements }) });
  };
  const onStroke = (stroke: Stroke) => {
    const next = addStroke(drawing, stroke);
    if (next !== drawing) changeDrawing(next, [...past, drawing]);
  };
  const undo = () => {
    const previous = past[past.length - 1];
    if (previous) changeDrawing(previous, past.slice(0, -1));
  };
  const clear = () => changeDrawing({ ...drawing, strokes: [] }, [...past, drawing]);
  const onGesture = (gesture: SelectingGesture) => setChosen((ids) => applyGesture(drawing, ids, gesture).filter((id) => !taken.has(id)));
  const take = () => {
    if (chosen.length === 0) return;
    const label = name.trim() || t('drawing.unnamed', { number: elements.length + 1 });
    onChange({ drawing, elements: [...elements, { label, strokeIds: chosen }] });
    setChosen([]);
    setName('');
  };
  const remove = (index: number) => onChange({ drawing, elements: elements.filter((_, i) => i !== index) });

  return (
    <fieldset className="drawn-intention">
      <legend>{t('drawing.heading')}</legend>
      <p id={ids.hint} className="hint">
        {t('drawing.padHint')}
      </p>
      <div className="pad-tools">
        <fieldset className="pad-tool-group">
          <legend>{t('drawing.tool')}</legend>
          {(['draw', 'choose'] as const).map((each) => (
            <label key={each} className="pad-choice">
              <input type="radio" name={`${ids.hint}-tool`} checked={tool === each} onChange={() => setTool(each)} />
              <span>{t(each === 'draw' ? 'drawing.toolDraw' : 'drawing.toolChoose')}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="pad-tool-group" disabled={tool !== 'draw'}>
          <legend>{t('drawing.colour')}</legend>
          {DRAWING_COLOURS.map((each) => (
            <label key={each} className="pad-choice ink" title={t(`drawing.colours.${each}`)}>
              <input type="radio" name={`${ids.hint}-colour`} checked={colour === each} onChange={() => setColour(each)} />
              <span className="ink-swatch" style={{ background: INK_HEX[each] }} aria-hidden="true" />
              <span className="visually-hidden">{t(`drawing.colours.${each}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="pad-tool-group" disabled={tool !== 'draw'}>
          <legend>{t('drawing.width')}</legend>
          {STROKE_WIDTHS_PX.map((width, index) => (
            <label key={width} className="pad-choice">
              <input type="radio" name={`${ids.hint}-width`} checked={widthIndex === index} onChange={() => setWidthIndex(index)} />
              <span>{t(`drawing.widths.${WIDTH_NAMES[index] ?? 'medium'}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="pad-actions">
          <button type="button" onClick={undo} disabled={past.length === 0} title={t('drawing.undoHint')}>
            {t('drawing.undo')}
          </button>
          <button type="button" onClick={clear} disabled={drawing.strokes.length === 0}>
            {t('drawing.clear')}
          </button>
        </div>
      </div>
      <DrawingPad
        drawing={drawing}
        tool={tool}
        colour={colour}
        widthPx={STROKE_WIDTHS_PX[widthIndex] ?? STROKE_WIDTHS_PX[1]}
        chosen={new Set(chosen)}
        taken={taken}
        label={t('drawing.pad')}
        describedBy={ids.hint}
        onStroke={onStroke}
        onGesture={onGesture}
      />
      <p className="hint" aria-live="polite">
        {t('drawing.strokeCount', { count: drawing.strokes.length })}
      </p>
      {drawing.strokes.length > 0 && (
        <div className="drawn-elements">
          <h3>{t('drawing.elementsHeading')}</h3>
          <p className="hint">{t('drawing.elementsHint')}</p>
          <StrokeChoices drawing={drawing} elements={elements} chosen={chosen} onChosen={setChosen} />
          <p className="hint" aria-live="polite">
            {t('drawing.chosen', { count: chosen.length })}
          </p>
          <div className="take-element">
            <label htmlFor={ids.name}>{t('drawing.name')}</label>
            <input id={ids.name} type="text" autoComplete="off" maxLength={MAX_LABEL_LENGTH} value={name} onChange={(event) => setName(event.target.value)} />
            <button type="button" className="primary" onClick={take} disabled={chosen.length === 0}>
              {t('drawing.take')}
            </button>
            <button type="button" onClick={() => setChosen([])} disabled={chosen.length === 0}>
              {t('drawing.chooseNone')}
            </button>
          </div>
          {elements.length === 0 ? (
            <p className="quiet">{t('drawing.noElements')}</p>
          ) : (
            <ul className="drawn-element-list" aria-label={t('drawing.elementsHeading')}>
              {elements.map((element, index) => (
                <li key={`${index}:${element.label}`}>
                  <DrawingThumbnail strokes={strokesWithIds(drawing, element.strokeIds)} sizePx={40} />
                  <span>{element.label}</span>
                  <button type="button" className="small" onClick={() => remove(index)}>
                    {t('drawing.remove', { element: element.label })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </fieldset>
  );
}
