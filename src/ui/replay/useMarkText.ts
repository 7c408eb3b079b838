import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { covertNumbers } from '../../domain/model/covertOrder';
import type { Figure } from '../../domain/model/figure';
import type { FigureId } from '../../domain/model/ids';
import type { ReplayMark } from '../../domain/replay/replayMarks';
import { useResonans } from '../../store/StoreContext';
import { useArousalText } from '../session/useArousalText';
import { usePhaseNames } from '../session/usePhaseNames';

/** A mark of the replay in one line of the therapist's words; in covert mode elements keep their neutral names. */
export function useMarkText(): (mark: ReplayMark) => string {
  const { t } = useTranslation();
  const covert = useResonans((state) => state.covert);
  const session = useResonans((state) => state.session);
  const index = useResonans((state) => state.replay?.index);
  const names = usePhaseNames(session?.template);
  const arousalText = useArousalText();
  // Every element the session ever had, numbered as the room numbers them while covert, so a
  // mark of an element removed later does not give its word away either.
  const elementNumbers = useMemo(() => {
    if (!covert || !index) return new Map<FigureId, number>();
    const figures: Record<FigureId, Figure> = {};
    for (const id of index.order) {
      const track = index.tracks.get(id);
      const look = track?.looks.values[0];
      const pose = track?.poses.values[0];
      if (look && pose) figures[id] = { id, ...look, pose };
    }
    return covertNumbers(session, { figures, order: [...index.order] });
  }, [covert, session, index]);

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
      case 'wordlessEnded':
        return t('method.wordlessEnd');
      case 'regulation': {
        const regulation = t(`method.regulations.${mark.regulation}`);
        return mark.text ? t('method.markRegulationWithText', { regulation, text: mark.text }) : t('method.markRegulation', { regulation });
      }
      case 'bodyTone':
        return t('method.markBodyTone', { tone: t(`method.tones.${mark.tone}`) });
      case 'resources':
        return t('method.markResources', { items: mark.items.join(' · ') });
      default:
        break;
    }
    const number = mark.figureKind === 'element' ? elementNumbers.get(mark.figureId) : undefined;
    const name = number === undefined ? mark.label : t('figure.covert', { number });
    // In one-to-one work what was said from a figure is the client's, and says so.
    const figure = (mark.kind === 'statement' || mark.kind === 'expression') && mark.fromClient ? t('method.clientFrom', { figure: name }) : name;
    switch (mark.kind) {
      case 'resonance':
        return t('method.markResonance', { figure });
      case 'resonanceEnd':
        return t('method.stepOut', { figure });
      case 'leavingRole':
        return t('method.markLeaving', { figure, text: mark.text });
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
