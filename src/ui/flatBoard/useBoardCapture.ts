import { type RefObject, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureText } from '../../diagram/labelText';
import { provideRoomCapture } from '../../scene/capture/captureSlot';
import { usePlayback } from '../../store/PlaybackContext';
import { useResonansStore } from '../../store/StoreContext';
import { createBoardCapture } from './boardCapture';
import { boardPicture } from './boardPicture';
import { browserMeasure } from './measureLabel';

/**
 * While the 2D board is shown, "Save picture" and "Save video" take their pictures from it
 * (the 3D room's capture is gone with its canvas): what the board shows at that moment, live or
 * at the playhead, with the figures' names, without the turn handle.
 */
export function useBoardCapture(board: RefObject<Element | null>): void {
  const store = useResonansStore();
  const playback = usePlayback();
  const { t } = useTranslation();
  useEffect(() => {
    // Measured when the first picture is taken: the makers wait for the app's font first.
    let measure: MeasureText | null = null;
    const capture = createBoardCapture({
      viewSize: () => {
        const box = board.current?.getBoundingClientRect();
        return { widthPx: Math.max(1, Math.round(box?.width ?? 0)), heightPx: Math.max(1, Math.round(box?.height ?? 0)) };
      },
      picture: (view) => {
        measure ??= browserMeasure();
        return boardPicture({
          state: store.getState(),
          widthPx: view.widthPx,
          heightPx: view.heightPx,
          playheadMs: playback?.time() ?? null,
          covertName: (number) => t('figure.covert', { number }),
          measureText: measure,
          forPicture: true,
        });
      },
    });
    return provideRoomCapture(capture);
  }, [board, store, playback, t]);
}
