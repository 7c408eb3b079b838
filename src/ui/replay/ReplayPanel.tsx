import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { attributions } from '../../domain/method/attribution';
import { useShownName } from '../../i18n/useShownLabel';
import { useResonans } from '../../store/StoreContext';
import { usePhaseNames } from '../session/usePhaseNames';
import { useArousalText } from '../session/useArousalText';
import { ArousalLegend } from './ArousalLegend';
import { BodyToneAtPlayhead } from '../method/BodyToneAtPlayhead';

/**
 * What stands written and marked at the playhead: each phase's note, what the figures said in
 * the order the client chose, the arousal last marked and what the band's colours mean. Everything that happened, with its
 * time, is in the list of marks (ReplayMarksList).
 */
export function ReplayPanel() {
  const { t } = useTranslation();
  const state = useResonans((s) => s.replay?.state);
  const template = useResonans((s) => s.session?.template);
  const names = usePhaseNames(template);
  const arousalText = useArousalText();
  const headingId = useId();
  const shownName = useShownName();
  const recording = useResonans((s) => s.recording);
  const playhead = useResonans((s) => s.replay?.t ?? 0);
  const statementSpeakers = useMemo(() => (recording ? attributions(recording).filter(({ event }) => event.type === 'statement') : []), [recording]);
  if (!state) return null;
  // Whose each statement is at the playhead: the client's when said from a figure in resonance (one-to-one work).
  const fromClient = new Set<string>();
  for (const { event, speaker } of statementSpeakers) {
    if (event.t > playhead) break;
    if (speaker.by === 'client') fromClient.add(event.figureId);
    else fromClient.delete(event.figureId);
  }
  const label = (id: string) => {
    const figure = state.room.figures[id as keyof typeof state.room.figures];
    return figure ? shownName(figure) : '';
  };
  const statementOrder = [...state.sharingOrder, ...[...state.statements.keys()].filter((id) => !state.sharingOrder.includes(id))];
  return (
    <section className="panel replay-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('replay.notes')}</h2>
      <p className="hint">{t('replay.readOnly')}</p>
      <p className="replay-arousal">{state.arousal ? t('replayMarks.atPlayhead', { mark: arousalText(state.arousal) }) : t('replayMarks.noneAtPlayhead')}</p>
      <BodyToneAtPlayhead />
      <ArousalLegend />
      {state.notes.size === 0 && state.statements.size === 0 && <p className="hint">{t('replay.nothingYet')}</p>}
      {[...state.notes.entries()].map(([phase, text]) => (
        <div key={phase} className="replay-note">
          <h3>{t('replay.noteOf', { phase: names[phase] ?? String(phase + 1) })}</h3>
          <p>{text}</p>
        </div>
      ))}
      {state.statements.size > 0 && (
        <>
          <h3>{t('replay.statements')}</h3>
          <ol className="statements">
            {statementOrder.map((id) => {
              const text = state.statements.get(id);
              return text ? (
                <li key={id}>
                  <strong>{fromClient.has(id) ? t('method.statementFromClient', { figure: label(id) }) : label(id)}</strong> {text}
                </li>
              ) : null;
            })}
          </ol>
        </>
      )}
    </section>
  );
}
