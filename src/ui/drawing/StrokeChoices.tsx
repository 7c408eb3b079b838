import { useTranslation } from 'react-i18next';
import type { Drawing } from '../../domain/drawing/drawing';
import type { DrawnElement } from '../../domain/drawing/drawnElements';
import DrawingThumbnail from './DrawingThumbnail';

interface StrokeChoicesProps {
  readonly drawing: Drawing;
  readonly elements: readonly DrawnElement[];
  readonly chosen: readonly string[];
  readonly onChosen: (chosen: readonly string[]) => void;
}

/** The keyboard's way to choose strokes: one checkbox per stroke, with its small picture, in drawing order. */
export function StrokeChoices({ drawing, elements, chosen, onChosen }: StrokeChoicesProps) {
  const { t } = useTranslation();
  const owner = new Map(elements.flatMap((element) => element.strokeIds.map((id) => [id, element.label] as const)));
  return (
    <fieldset className="stroke-choices">
      <legend>{t('drawing.strokes')}</legend>
      <ul>
        {drawing.strokes.map((stroke, index) => {
          const element = owner.get(stroke.id);
          return (
            <li key={stroke.id}>
              <label className="stroke-choice">
                <input
                  type="checkbox"
                  disabled={element !== undefined}
                  checked={chosen.includes(stroke.id)}
                  onChange={(event) => onChosen(event.target.checked ? [...chosen, stroke.id] : chosen.filter((id) => id !== stroke.id))}
                />
                <DrawingThumbnail strokes={[stroke]} />
                <span>{element === undefined ? t('drawing.stroke', { number: index + 1 }) : t('drawing.strokeTaken', { number: index + 1, element })}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
