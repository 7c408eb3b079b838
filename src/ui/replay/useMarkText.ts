import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureId } from '../../domain/model/ids';
import type { ReplayMark } from '../../domain/replay/replayMarks';
import { useResonans } from '../../store/StoreContext';
import { useArousalText } from '../session/useArousalText';
import { usePhaseNames } from '../session/usePhaseNames';

/** A mark of the replay in one line of the therapist's words; in covert mode elements keep their neutral names. */
export function useMarkText(): (mark: ReplayMark) => string {
  const { t } = useTranslation();
  const covert = useResonans((state) => state.covert);
  const order = useResonans((state) => state.replay?.index.order);
  const tracks = useResonans((state) => state.replay?.index.tracks);
  const names = usePhaseNames(useResonans((state) => state.session?.template));
  const arousalText = useArousalText();
  // The number an element goes by while covert: its place among the elements, as in the room.
  const elementNumbers = useMemo(() => {
    const numbers = new Map<FigureId, number>();
    for (const id of order ?? []) {
      if (tracks?.get(id)?.looks.values[0]?.kind === 'element') numbers.set(id, numbers.size + 1);
    }
    return numbers;
  }, [order, tracks]);

  return (mark) => {
    const phaseName = (phase: number) => names[phase] ?? String(phase + 1);
    switch (mark.kind) {
      case 'phase':
        return phaseName(mark.phase);
      case 'note':
        return t('replayMarks.titled', { title: t('replay.noteOf', { phase: phaseName(mark.phase) }), text: mark.text });
      case 'arousal':
        return t('replayMarks.titled', { title: t('arousal.heading'), text: arousalText(mark.mark) });
      case 'pause':
        return t('replay.pauseMark');
      default:
        break;
    }
    const number = covert && mark.figureKind === 'element' ? elementNumbers.get(mark.figureId) : undefined;
    const figure = number === undefined ? mark.label : t('figure.covert', { number });
    switch (mark.kind) {
      case 'expression': {
        const kind = t(`expression.kinds.${mark.expression}`);
        return mark.text ? t('replay.expressionWithText', { figure, kind, text: mark.text }) : t('replay.expressionText', { figure, kind });
      }
      case 'statement':
        return t('replayMarks.statement', { figure, text: mark.text });
      case 'release':
        return t('replayMarks.release', { figure });
      case 'posture':
        return t('replayMarks.posture', { figure, posture: t(`figurePanel.postures.${mark.posture}`) });
    }
  };
}
