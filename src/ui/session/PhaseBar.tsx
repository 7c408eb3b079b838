import { useTranslation } from 'react-i18next';
import { isFrozen } from '../../store/selectors';
import { useResonans, useResonansStore } from '../../store/StoreContext';
import { usePhaseNames } from './usePhaseNames';

/**
 * The session's phases, the current one marked, in one row above the room. The therapist may
 * go back or skip ahead; every change of phase is recorded in order, so nothing done in a phase
 * is lost. What the phase is for is said in the side panel (PhaseTools), not here.
 */
export function PhaseBar() {
  const { t } = useTranslation();
  const store = useResonansStore();
  const template = useResonans((state) => state.session?.template);
  const phase = useResonans((state) => state.progress.phase);
  // Finished, or open read-only in this tab: the phases are shown, not changed.
  const readOnly = useResonans(isFrozen);
  const names = usePhaseNames(template);
  const go = (next: number) => store.getState().goToPhase(next);
  if (names.length === 0) {
    return (
      <nav className="phase-bar" aria-label={t('phases.label')}>
        <p className="phase-free">{t('phases.freeTimeline')}</p>
      </nav>
    );
  }
  return (
    <nav className="phase-bar" aria-label={t('phases.label')}>
      <ol className="phases" aria-label={t('phases.label')}>
        {names.map((name, index) => (
          <li
            key={name}
            aria-current={index === phase ? 'step' : undefined}
            className={index === phase ? 'phase current' : index < phase ? 'phase done' : 'phase'}
          >
            {/* The number shows; the name shows for the current phase and is read out for all. */}
            {readOnly ? (
              <span className="phase-name" title={name}>
                <PhaseLabel number={index + 1} name={name} current={index === phase} />
              </span>
            ) : (
              <button type="button" className="phase-name" onClick={() => go(index)} title={name}>
                <PhaseLabel number={index + 1} name={name} current={index === phase} />
              </button>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && (
        <div className="phase-actions">
          <button type="button" className="phase-previous" onClick={() => go(phase - 1)} disabled={phase === 0} title={t('phases.previous')}>
            <span className="visually-hidden">{t('phases.previous')}</span>
          </button>
          <button type="button" className="primary" onClick={() => go(phase + 1)} disabled={phase >= names.length - 1}>
            {t('phases.next')}
          </button>
        </div>
      )}
    </nav>
  );
}

function PhaseLabel({ number, name, current }: { number: number; name: string; current: boolean }) {
  return (
    <>
      <span className="phase-number">{number}</span>
      <span className={current ? undefined : 'visually-hidden'}>{name}</span>
    </>
  );
}
