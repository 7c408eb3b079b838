import './flatBoard.css';
import { type KeyboardEvent, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isFrozen } from '../../store/selectors';
import { useResonansStore } from '../../store/StoreContext';
import { keyAction } from '../FigureList';
import type { HeldPose } from './boardPicture';
import { type FlatBoardReason, FlatBoardNote } from './FlatBoardNote';
import { useBoardCapture } from './useBoardCapture';
import { useBoardGesture } from './useBoardGesture';
import { useBoardPainter } from './useBoardPainter';
import { useElementSize } from './useElementSize';

/**
 * The room as a flat board seen from above, drawn as SVG by the same diagram as the session
 * report: for browsers without WebGL, after the 3D room lost its context, or by choice. Figures
 * are placed, turned and chosen by pointer, touch and keyboard through the same store actions as
 * in the 3D room, so everything is recorded alike; in replay it shows the room at the playhead.
 */
export function FlatBoard({ reason }: { reason: FlatBoardReason }) {
  const { t } = useTranslation();
  const store = useResonansStore();
  const board = useRef<SVGSVGElement>(null);
  const layer = useRef<SVGGElement>(null);
  const held = useRef<HeldPose | null>(null);
  const hintId = useId();
  const size = useElementSize(board);
  const paint = useBoardPainter(layer, size, held);
  const gesture = useBoardGesture(board, held, paint);
  useBoardCapture(board);

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.key === 'Escape') {
      if (gesture.cancel()) event.preventDefault();
      return;
    }
    const state = store.getState();
    const id = state.selectedFigureId;
    const figure = id ? state.room.figures[id] : undefined;
    // Ctrl or Alt alone belong to shortcuts; both together are AltGr, which types [ and ] on Nordic keyboards.
    if (!figure || figure.released || isFrozen(state) || event.metaKey || event.ctrlKey !== event.altKey) return;
    const action = keyAction(event.key, event.shiftKey);
    if (!action) return;
    event.preventDefault();
    if ('move' in action) state.nudgeFigure(figure.id, action.move[0], action.move[1]);
    else state.turnFigureBy(figure.id, action.turn);
  };

  return (
    <div className="flat-board">
      <svg
        ref={board}
        className="flat-board-picture"
        width={size.width || undefined}
        height={size.height || undefined}
        tabIndex={0}
        role="group"
        aria-label={t('flatBoard.label')}
        aria-describedby={hintId}
        onPointerDown={gesture.onPointerDown}
        onPointerMove={gesture.onPointerMove}
        onPointerUp={gesture.onPointerUp}
        onPointerCancel={gesture.onPointerCancel}
        onKeyDown={onKeyDown}
      >
        <g ref={layer} aria-hidden="true" />
      </svg>
      <p id={hintId} className="flat-board-hint">
        {t('flatBoard.hint')}
      </p>
      <FlatBoardNote reason={reason} />
    </div>
  );
}
