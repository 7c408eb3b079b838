import { type KeyboardEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureId } from '../domain/model/ids';
import { FIGURE_COLOUR_HEX } from '../domain/model/palette';
import { selectFigure, selectIsReplay, selectOrder, selectShownPose } from '../store/selectors';
import { useResonans, useResonansStore } from '../store/StoreContext';
import { useShownLabel, useShownOrder } from '../i18n/useShownLabel';
import { usePoseText } from './poseText';

/** One keyboard step: 10 cm, or 15° of turn. */
export const KEY_STEP_METRES = 0.1;
export const KEY_TURN_DEGREES = 15;

/** A keyboard and screen-reader mirror of the room: every figure, its pose as text, moved by keys. */
export function FigureList() {
  const { t } = useTranslation();
  const order = useShownOrder(useResonans(selectOrder));
  const hintId = useId();
  return (
    <section className="panel figure-list" aria-labelledby={`${hintId}-heading`}>
      <h2 id={`${hintId}-heading`}>{t('room.figures')}</h2>
      <p id={hintId} className="hint">
        {t('room.figuresHint')}
      </p>
      <ul aria-label={t('room.figures')} aria-describedby={hintId}>
        {order.map((id) => (
          <FigureListEntry key={id} id={id} />
        ))}
      </ul>
    </section>
  );
}

function FigureListEntry({ id }: { id: FigureId }) {
  const store = useResonansStore();
  const figure = useResonans(selectFigure(id));
  const label = useShownLabel(id);
  const pose = useResonans(selectShownPose(id));
  const selected = useResonans((state) => state.selectedFigureId === id);
  const readOnly = useResonans(selectIsReplay);
  const { t } = useTranslation();
  const poseText = usePoseText();
  const poseId = useId();
  if (!figure || !pose) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    // Replay shows what happened; it never changes it. A released figure has left the room.
    if (readOnly || figure.released) return;
    const actions = store.getState();
    const moves: Record<string, [number, number]> = {
      ArrowUp: [0, -KEY_STEP_METRES],
      ArrowDown: [0, KEY_STEP_METRES],
      ArrowLeft: [-KEY_STEP_METRES, 0],
      ArrowRight: [KEY_STEP_METRES, 0],
    };
    const move = moves[event.key];
    if (move) actions.nudgeFigure(id, move[0], move[1]);
    else if (event.key === '[') actions.turnFigureBy(id, -KEY_TURN_DEGREES);
    else if (event.key === ']') actions.turnFigureBy(id, KEY_TURN_DEGREES);
    else return;
    event.preventDefault();
  };

  return (
    <li className={selected ? 'figure-entry selected' : 'figure-entry'}>
      <button
        type="button"
        className="figure-entry-button"
        aria-current={selected ? 'true' : undefined}
        aria-describedby={poseId}
        onFocus={() => store.getState().select(id)}
        onClick={() => store.getState().select(id)}
        onKeyDown={onKeyDown}
      >
        <span className="swatch" aria-hidden="true" style={{ background: FIGURE_COLOUR_HEX[figure.colour] }} />
        <span className="figure-entry-label">{label}</span>
      </button>
      <span id={poseId} className="pose-text">
        {figure.released
          ? t('room.released')
          : readOnly
            ? t('replayMarks.poseWithPosture', { posture: t(`figurePanel.postures.${pose.posture}`), pose: poseText(pose) })
            : poseText(pose)}
      </span>
    </li>
  );
}
