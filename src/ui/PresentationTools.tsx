import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASE_TEMPLATES } from '../domain/model/phaseTemplate';
import { undo } from '../store/history';
import { useCanUndo, useResonans, useResonansStore } from '../store/StoreContext';
import { usePhaseNames } from './session/usePhaseNames';

/** In presentation only this: the phase, the step on, undo, and the way back. Escape leaves too. */
export function PresentationTools() {
  const { t } = useTranslation();
  const store = useResonansStore();
  const { canUndo } = useCanUndo();
  const template = useResonans((state) => state.session?.template);
  const phase = useResonans((state) => state.progress.phase);
  const finished = useResonans((state) => state.progress.finished);
  const names = usePhaseNames(template);
  const last = template ? PHASE_TEMPLATES[template].length - 1 : 0;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Handled here, so the same key does not also let go of the chosen figure.
      event.preventDefault();
      store.getState().setPresenting(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
  return (
    <>
      {names[phase] && <span className="presentation-phase">{names[phase]}</span>}
      <button type="button" onClick={() => undo(store)} disabled={!canUndo || finished}>
        {t('room.undo')}
      </button>
      {names.length > 0 && (
        <button type="button" onClick={() => store.getState().goToPhase(phase + 1)} disabled={phase >= last || finished}>
          {t('phases.next')}
        </button>
      )}
      <button type="button" className="primary" onClick={() => store.getState().setPresenting(false)}>
        {t('room.exitPresentation')}
      </button>
    </>
  );
}
