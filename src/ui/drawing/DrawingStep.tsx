import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrawnIntention } from '../../domain/drawing/drawnElements';
import { LoadBoundary } from './LoadBoundary';

// The pad and its stroke library load only when the client chooses to draw.
const DrawnIntentionStep = lazy(() => import('./DrawnIntentionStep'));

interface DrawingStepProps {
  readonly value: DrawnIntention | null;
  readonly onChange: (next: DrawnIntention) => void;
}

/** In a new session: the offer to draw the intention, and once taken, the pad. */
export function DrawingStep({ value, onChange }: DrawingStepProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(value !== null);
  if (!open) {
    return (
      <div className="field drawing-step">
        <button type="button" onClick={() => setOpen(true)}>
          {t('drawing.open')}
        </button>
        <p className="hint">{t('drawing.intro')}</p>
      </div>
    );
  }
  return (
    <div className="field drawing-step">
      <LoadBoundary
        fallback={
          <p role="alert" className="error">
            {t('drawing.loadFailed')}
          </p>
        }
      >
        <Suspense fallback={<p className="quiet">{t('drawing.loading')}</p>}>
          <DrawnIntentionStep value={value} onChange={onChange} />
        </Suspense>
      </LoadBoundary>
    </div>
  );
}
