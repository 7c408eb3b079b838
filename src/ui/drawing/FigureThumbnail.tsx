import { lazy, Suspense } from 'react';
import type { FigureId } from '../../domain/model/ids';
import { LoadBoundary } from './LoadBoundary';
import { useDrawnStrokes } from './useDrawnStrokes';

const DrawingThumbnail = lazy(() => import('./DrawingThumbnail'));

/** A drawn element's small picture beside its name; nothing for other figures. Decorative: the name says who it is. */
export function FigureThumbnail({ id, sizePx }: { id: FigureId; sizePx?: number }) {
  const strokes = useDrawnStrokes(id);
  if (!strokes) return null;
  return (
    <LoadBoundary fallback={null}>
      <Suspense fallback={null}>
        <DrawingThumbnail strokes={strokes} {...(sizePx ? { sizePx } : {})} />
      </Suspense>
    </LoadBoundary>
  );
}
