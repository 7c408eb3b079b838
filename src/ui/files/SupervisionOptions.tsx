import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './files.css';
import type { SupervisionDating, SupervisionKeep } from '../../domain/format/supervisionCopy';

const PARTS = ['figureLabels', 'notes', 'statements', 'intention', 'elementLabels', 'drawing'] as const;
const KEEP_LABELS = {
  figureLabels: 'fileSafety.keepFigureLabels',
  notes: 'fileSafety.keepNotes',
  statements: 'fileSafety.keepStatements',
  intention: 'fileSafety.keepIntention',
  elementLabels: 'fileSafety.keepElementLabels',
  drawing: 'drawing.keep',
} as const;
const DATINGS = [
  ['session-number', 'fileSafety.datingNumber'],
  ['month', 'fileSafety.datingMonth'],
  ['exact', 'fileSafety.datingExact'],
] as const;

interface SupervisionOptionsProps {
  readonly keep: SupervisionKeep;
  readonly dating: SupervisionDating;
  readonly onKeep: (keep: SupervisionKeep) => void;
  readonly onDating: (dating: SupervisionDating) => void;
}

/** What a supervision copy keeps, part by part (nothing by default), and a plain list of what will leave. */
export function SupervisionOptions({ keep, dating, onKeep, onDating }: SupervisionOptionsProps) {
  const { t } = useTranslation();
  const id = useId();
  const kept = (part: keyof SupervisionKeep | 'dates') => (part === 'dates' ? dating !== 'session-number' : keep[part]);
  return (
    <div className="indented supervision-options">
      <p className="hint">{t('fileSafety.supervisionIntro')}</p>
      <fieldset>
        <legend>{t('fileSafety.keep')}</legend>
        {PARTS.map((part) => (
          <label key={part} className="radio block">
            <input type="checkbox" checked={keep[part]} onChange={(event) => onKeep({ ...keep, [part]: event.target.checked })} />
            <span>{t(KEEP_LABELS[part])}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('fileSafety.dating')}</legend>
        {DATINGS.map(([value, label]) => (
          <label key={value} className="radio block">
            <input type="radio" name={`${id}-dating`} checked={dating === value} onChange={() => onDating(value)} />
            <span>{t(label)}</span>
          </label>
        ))}
      </fieldset>
      <section aria-labelledby={`${id}-leaves`} className="leaves">
        <h3 id={`${id}-leaves`}>{t('fileSafety.leaves')}</h3>
        <p>{t('fileSafety.leavesAlways')}</p>
        <ul>
          {[...PARTS, 'dates' as const].map((part) => (
            <li key={part} className={kept(part) ? 'kept' : 'removed'}>
              {t(part === 'dates' && dating === 'month' ? 'fileSafety.partMonth' : kept(part) ? 'fileSafety.partKept' : 'fileSafety.partRemoved', {
                part: t(part === 'drawing' ? 'drawing.part' : `fileSafety.parts.${part}`),
              })}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
