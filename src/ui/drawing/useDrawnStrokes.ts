import { useMemo } from 'react';
import { type Stroke, strokesWithIds } from '../../domain/drawing/drawing';
import type { FigureId } from '../../domain/model/ids';
import { shownRoom } from '../../store/selectors';
import { useResonans } from '../../store/StoreContext';

/**
 * The strokes a drawn element stands for, as the room shows it now (or at the playhead in
 * replay); none while covert mode hides what the elements are, since a picture names them as
 * plainly as a word.
 */
export function useDrawnStrokes(id: FigureId): readonly Stroke[] | null {
  const drawn = useResonans((state) => shownRoom(state).figures[id]?.drawn);
  const drawing = useResonans((state) => state.session?.drawing);
  const covert = useResonans((state) => state.covert);
  return useMemo(() => {
    if (covert || !drawn || !drawing) return null;
    const strokes = strokesWithIds(drawing, drawn);
    return strokes.length > 0 ? strokes : null;
  }, [covert, drawn, drawing]);
}

/** The session's drawing while it may be shown. */
export function useShownDrawing() {
  const drawing = useResonans((state) => state.session?.drawing);
  const covert = useResonans((state) => state.covert);
  return covert || !drawing || drawing.strokes.length === 0 ? null : drawing;
}
