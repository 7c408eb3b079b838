import { type FocusEvent, type KeyboardEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureId } from '../domain/model/ids';
import { FIGURE_COLOUR_HEX } from '../domain/model/palette';
import { mayMoveFigure } from '../store/remoteSlice';
import { selectIsReplay, selectOrder, selectShownLook, shownPose } from '../store/selectors';
import { useResonans, useResonansStore } from '../store/StoreContext';
import { useShownLabel, useShownOrder } from '../i18n/useShownLabel';
import { usePoseText } from './poseText';
import { isQuietFocus } from './roomFocus';
import { SideSection } from './SideSection';
import { FigureThumbnail } from './drawing/FigureThumbnail';
import { FigureMethodNote } from './method/FigureMethodNote';
import { useInputKind } from './useInputKind';

/** One keyboard step: 10 cm, or 15° of turn. With Shift, a long step: 50 cm, or 45°. */
export const KEY_STEP_METRES = 0.1;
export const KEY_TURN_DEGREES = 15;
export const LONG_KEY_STEP_METRES = 0.5;
export const LONG_KEY_TURN_DEGREES = 45;

const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

/** What a key does to a figure: a move in metres or a turn in degrees, or nothing. */
export function keyAction(key: string, shift: boolean): { move: readonly [number, number] } | { turn: number } | null {
  const arrow = ARROWS[key];
  if (arrow) {
    const step = shift ? LONG_KEY_STEP_METRES : KEY_STEP_METRES;
    return { move: [arrow[0] * step, arrow[1] * step] };
  }
  // Shift+[ is "{" on many keyboards and still "[" on others: both mean the long turn.
  if (key === '[' || key === '{') return { turn: -(shift || key === '{' ? LONG_KEY_TURN_DEGREES : KEY_TURN_DEGREES) };
  if (key === ']' || key === '}') return { turn: shift || key === '}' ? LONG_KEY_TURN_DEGREES : KEY_TURN_DEGREES };
  return null;
}

/** A keyboard and screen-reader mirror of the room: every figure, its pose as text, moved by keys. */
export function FigureList() {
  const { t } = useTranslation();
  const order = useShownOrder(useResonans(selectOrder));
  const readOnly = useResonans(selectIsReplay);
  const inputKind = useInputKind();
  const hintId = useId();
  return (
    <SideSection title={t('room.figures')} className="figure-list">
      {!readOnly && (
        <p id={hintId} className="hint">
          {inputKind === 'touch' ? t('layout.touchHint') : t('layout.keysHint')}
        </p>
      )}
      <ul aria-label={t('room.figures')} aria-describedby={readOnly ? undefined : hintId}>
        {order.map((id) => (
          <FigureListEntry key={id} id={id} />
        ))}
      </ul>
    </SideSection>
  );
}

/** One figure's row; exported for the tests that count its renders in replay. */
export function FigureListEntry({ id }: { id: FigureId }) {
  const store = useResonansStore();
  // The look alone: in replay it stays the same object while the figure moves.
  const figure = useResonans(selectShownLook(id));
  const label = useShownLabel(id);
  const selected = useResonans((state) => state.selectedFigureId === id);
  const readOnly = useResonans(selectIsReplay);
  const { t } = useTranslation();
  const poseText = usePoseText();
  // The pose as the row writes it: a figure gliding in replay re-renders its row only when the
  // words change (a centimetre, a degree, its posture), not at every step of the playhead.
  const shownPoseText = useResonans((state) => {
    const pose = shownPose(state, id);
    if (!pose) return undefined;
    return state.replay ? t('replayMarks.poseWithPosture', { posture: t(`figurePanel.postures.${pose.posture}`), pose: poseText(pose) }) : poseText(pose);
  });
  const poseId = useId();
  if (!figure || shownPoseText === undefined) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    // Replay shows what happened; it never changes it. A released figure has left the room.
    if (readOnly || figure.released) return;
    // In a live room, what the other side moves or the therapist has not handed over stays put.
    if (!mayMoveFigure(store.getState(), id)) return;
    // Ctrl or Alt alone belong to shortcuts; both together are AltGr, which types [ and ] on Nordic keyboards.
    if (event.metaKey || event.ctrlKey !== event.altKey) return;
    const action = keyAction(event.key, event.shiftKey);
    if (!action) return;
    event.preventDefault();
    const actions = store.getState();
    // The figure the keys move is the one the room shows as chosen.
    if (!selected) actions.select(id);
    if ('move' in action) actions.nudgeFigure(id, action.move[0], action.move[1]);
    else actions.turnFigureBy(id, action.turn);
  };
  const onFocus = (event: FocusEvent<HTMLButtonElement>) => {
    if (!isQuietFocus(event.currentTarget)) store.getState().select(id);
  };

  return (
    <li className={selected ? 'figure-entry selected' : 'figure-entry'}>
      <button
        type="button"
        className="figure-entry-button"
        aria-current={selected ? 'true' : undefined}
        aria-describedby={poseId}
        onFocus={onFocus}
        onClick={() => store.getState().select(id)}
        onKeyDown={onKeyDown}
      >
        <span className="swatch" aria-hidden="true" style={{ background: FIGURE_COLOUR_HEX[figure.colour] }} />
        <FigureThumbnail id={id} />
        <span className="figure-entry-label">{label}</span>
      </button>
      <span id={poseId} className="pose-text">
        {figure.released ? t('room.released') : shownPoseText}
        <FigureMethodNote id={id} />
      </span>
    </li>
  );
}
