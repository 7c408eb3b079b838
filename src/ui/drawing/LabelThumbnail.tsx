import { lazy, Suspense } from 'react';
import type { Stroke } from '../../domain/drawing/drawing';
import type { FigureId } from '../../domain/model/ids';
import { useLabelDrawings } from './labelDrawings';
import { LoadBoundary } from './LoadBoundary';
import { useDrawnStrokes } from './useDrawnStrokes';

const DrawingThumbnail = lazy(() => import('./DrawingThumbnail'));

export const LABEL_THUMBNAIL_SIZE_PX = 18;

/** The strokes a figure's name in the room shows: a drawn element's, while the therapist shows them. */
export function useLabelStrokes(id: FigureId): readonly Stroke[] | null {
  const strokes = useDrawnStrokes(id);
  const [shown] = useLabelDrawings();
  return shown ? strokes : null;
}

/**
 * A drawn element's picture on its name in the room. The box has its size before the picture
 * loads, so the label placer measures the label once, rightly (the label's class says it has one).
 */
export function LabelThumbnail({ strokes }: { strokes: readonly Stroke[] }) {
  return (
    <span
      className="label-drawing"
      style={{ display: 'inline-block', width: LABEL_THUMBNAIL_SIZE_PX, height: LABEL_THUMBNAIL_SIZE_PX, marginRight: 5, verticalAlign: -3 }}
    >
      <LoadBoundary fallback={null}>
        <Suspense fallback={null}>
          <DrawingThumbnail strokes={strokes} sizePx={LABEL_THUMBNAIL_SIZE_PX} />
        </Suspense>
      </LoadBoundary>
    </span>
  );
}
