import { type RefObject, useCallback, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { diagramMarkup } from '../../diagram/diagramToSvg';
import { usePlayback } from '../../store/PlaybackContext';
import { useResonansStore } from '../../store/StoreContext';
import { boardPicture, type HeldPose } from './boardPicture';
import { browserMeasure } from './measureLabel';

/**
 * Draws the board into `layer` whenever what it shows changes: the store (an edit, a sample, the
 * selection), a figure held by the pointer, and in replay every frame of the playback. It writes
 * the diagram's SVG straight into the page, and only when it changed, so neither a drag nor a
 * playing replay renders React per frame. Returns the function that draws now.
 */
export function useBoardPainter(layer: RefObject<SVGGElement | null>, size: { width: number; height: number }, held: RefObject<HeldPose | null>): () => void {
  const store = useResonansStore();
  const playback = usePlayback();
  const { t } = useTranslation();
  const measure = useRef(browserMeasure());
  const written = useRef('');

  const paint = useCallback(() => {
    const target = layer.current;
    if (!target || size.width === 0 || size.height === 0) return;
    const picture = boardPicture({
      state: store.getState(),
      widthPx: size.width,
      heightPx: size.height,
      playheadMs: playback?.time() ?? null,
      held: held.current,
      covertName: (number) => t('figure.covert', { number }),
      measureText: measure.current,
    });
    const markup = diagramMarkup(picture);
    if (markup === written.current && target.childNodes.length > 0) return;
    written.current = markup;
    target.innerHTML = markup;
  }, [layer, size.width, size.height, store, playback, held, t]);

  useLayoutEffect(() => {
    paint();
    const unsubscribe = [store.subscribe(paint), playback?.subscribe(paint)];
    // Labels measured before the app's font arrived are measured again in it.
    let live = true;
    void document.fonts?.ready.then(() => {
      if (!live) return;
      measure.current = browserMeasure();
      paint();
    });
    return () => {
      live = false;
      for (const stop of unsubscribe) stop?.();
    };
  }, [paint, store, playback]);

  return paint;
}
