import { useStore } from '@react-three/fiber';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureId } from '../../domain/model/ids';
import { covertNumber } from '../../i18n/useShownLabel';
import { shownRoom } from '../../store/selectors';
import { useResonansStore } from '../../store/StoreContext';
import type { LabelAnchors } from '../labels/labelAnchors';
import { provideRoomCapture } from './captureSlot';
import { createRoomCapture } from './createRoomCapture';

/**
 * Lets the picture and video makers take the room's picture while this canvas is mounted.
 * Reads the store only when a picture is taken, so it never re-renders the room.
 */
export function SceneCapture({ anchors }: { anchors: LabelAnchors }) {
  const canvas = useStore();
  const store = useResonansStore();
  const { t } = useTranslation();
  useEffect(() => {
    const text = (id: FigureId) => {
      const state = store.getState();
      const room = shownRoom(state);
      const figure = room.figures[id];
      if (!figure) return '';
      const number = covertNumber(state, room, figure);
      return number === null ? figure.label : t('figure.covert', { number });
    };
    const room = () => {
      const state = store.getState();
      return { topView: state.viewMode === 'top', selected: state.selectedFigureId };
    };
    return provideRoomCapture(createRoomCapture({ canvas, anchors, room, text, now: () => performance.now() }));
  }, [canvas, store, anchors, t]);
  return null;
}
