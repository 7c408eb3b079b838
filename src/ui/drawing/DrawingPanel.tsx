import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { SideSection } from '../SideSection';
import { useLabelDrawings } from './labelDrawings';
import { LoadBoundary } from './LoadBoundary';
import { useShownDrawing } from './useDrawnStrokes';

const StrokesView = lazy(() => import('./StrokesView'));

/** The drawn intention beside the room, while working and in replay: exactly as the client drew it. */
export function DrawingPanel() {
  const { t } = useTranslation();
  const drawing = useShownDrawing();
  const [onLabels, setOnLabels] = useLabelDrawings();
  if (!drawing) return null;
  return (
    <SideSection title={t('drawing.shown')} className="drawing-panel">
      <LoadBoundary fallback={<p className="quiet">{t('drawing.loadFailed')}</p>}>
        <Suspense fallback={<p className="quiet">{t('drawing.loading')}</p>}>
          <StrokesView drawing={drawing} />
        </Suspense>
      </LoadBoundary>
      <label className="radio">
        <input type="checkbox" checked={onLabels} onChange={(event) => setOnLabels(event.target.checked)} />
        <span>{t('drawing.thumbnailsOnLabels')}</span>
      </label>
    </SideSection>
  );
}
